import type { Place, Precision } from "./place";

/** How precisely a gazetteer entry's point stands for the place, from its GeoNames feature code. */
export function precisionOf(place: Pick<Place, "featureClass" | "featureCode"> & { source?: string }): Precision {
  // A supplement row whose point is its parent town's ("pt:parent=…") is no more precise than that town.
  if (place.source?.startsWith("pt:parent=")) return "town";
  const code = place.featureCode;
  if (/^PCL/.test(code)) return "country";
  if (code === "ADM1" || code === "ADM1H") return "governorate";
  if (/^ADM[2-3]/.test(code)) return "district";
  if (code === "PPLX") return "neighbourhood";
  if (place.featureClass === "P") return "town";
  if (place.featureClass === "S") return "site";
  if (/^(CMP|CMPRF|AIRB|AIRF|AIRP|MILB|INSM|OILF|OILW|PRN|HSP|DAM|BDG|MSQE|SHRN)/.test(code)) return "site";
  return "region";
}

/** Radius in km within which a point of this precision may lie from the real location. */
export function uncertaintyKm(precision: Precision): number {
  switch (precision) {
    case "site":
      return 1;
    case "neighbourhood":
      return 2;
    case "town":
      return 5;
    case "district":
      return 25;
    case "governorate":
      return 60;
    case "country":
    case "region":
      return 250;
  }
}
