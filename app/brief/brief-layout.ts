/** Rows of the incidents table that fit one A4 page under the map; the rest are counted, not printed. */
export const BRIEF_ROWS = 24;
