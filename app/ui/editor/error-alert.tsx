import styles from "./editor.module.css";

/** A failed write, said in words and announced to screen readers; nothing when there is no error. */
export default function ErrorAlert({ error }: { error: string | null }) {
  return error ? (
    <p className={styles.error} role="alert">
      {error}
    </p>
  ) : null;
}
