import Link from "next/link";
import styles from "./message.module.css";

/** Said plainly when a link names a saved view or briefing that is not stored (any more). */
export default function Missing({ what }: { what: "saved view" | "briefing" }) {
  return (
    <main className={styles.message} role="alert">
      <h1>This {what} does not exist</h1>
      <p>It may have been deleted, or the link is incomplete. Saved views and briefings are listed on the dashboard under “Share and present”.</p>
      <p>
        <Link href="/">Open the dashboard</Link>
      </p>
    </main>
  );
}
