"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./views.module.css";

type Copied = { url: string; status: "copied" | "manual" };

/**
 * A button that copies a link to the clipboard. The link is also shown in a selected, read-only field,
 * since the clipboard is not always available (plain http, a refused permission): it can then be copied by hand.
 */
export default function CopyLink({ href, label, testId, className }: { href: () => string; label: string; testId?: string; className?: string }) {
  const [copied, setCopied] = useState<Copied | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copied?.status === "manual") fieldRef.current?.select();
  }, [copied]);

  const copy = async () => {
    const url = new URL(href(), window.location.origin).toString();
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setCopied({ url, status: "copied" });
    } catch {
      setCopied({ url, status: "manual" });
    }
  };

  return (
    <span className={`${styles.copy} ${className ?? ""}`} data-testid={testId}>
      <button type="button" className={styles.button} onClick={() => void copy()}>
        {label}
      </button>
      {copied ? (
        <span className={styles.copied}>
          <span role="status">{copied.status === "copied" ? "Link copied." : "Copy this link:"}</span>
          <input
            ref={fieldRef}
            className={styles.linkField}
            readOnly
            value={copied.url}
            aria-label="Link"
            data-testid={testId ? `${testId}-url` : undefined}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className={styles.linkButton} onClick={() => setCopied(null)} aria-label="Hide the link">
            Hide
          </button>
        </span>
      ) : null}
    </span>
  );
}
