import Missing from "../../ui/views/missing";

/** A link to a briefing that is not stored (any more): HTTP 404, said in words. */
export default function NotFound() {
  return <Missing what="briefing" />;
}
