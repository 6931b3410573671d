/**
 * Outlets whose web address or masthead identifies them. A host not listed here
 * still yields a publisher: its registrable domain, as written in the URL.
 * The table only turns a domain into the name people know the outlet by.
 */
const OUTLETS: ReadonlyArray<{ name: string; hosts: string[]; mastheads?: string[] }> = [
  { name: "Middle East Eye", hosts: ["middleeasteye.net"] },
  { name: "The Cradle", hosts: ["thecradle.co"] },
  { name: "Antiwar.com", hosts: ["antiwar.com"] },
  { name: "Strategic Culture Foundation", hosts: ["strategic-culture.su", "strategic-culture.org"] },
  { name: "The Duran", hosts: ["theduran.com"], mastheads: ["The Duran"] },
  { name: "Reuters", hosts: ["reuters.com"] },
  { name: "Associated Press", hosts: ["apnews.com"] },
  { name: "Al Jazeera", hosts: ["aljazeera.com", "aljazeera.net"] },
  { name: "BBC", hosts: ["bbc.co.uk", "bbc.com"] },
  { name: "The Guardian", hosts: ["theguardian.com"] },
  { name: "The New York Times", hosts: ["nytimes.com"] },
  { name: "The Washington Post", hosts: ["washingtonpost.com"] },
  { name: "Agence France-Presse", hosts: ["afp.com"] },
  { name: "Syrian Observatory for Human Rights", hosts: ["syriahr.com"] },
  { name: "Syrian Network for Human Rights", hosts: ["snhr.org"] },
  { name: "Enab Baladi", hosts: ["enabbaladi.net"] },
  { name: "SANA", hosts: ["sana.sy"] },
  { name: "Kurdistan 24", hosts: ["kurdistan24.net"] },
  { name: "Rudaw", hosts: ["rudaw.net"] },
  { name: "North Press Agency", hosts: ["npasyria.com"] },
  { name: "Asharq Al-Awsat", hosts: ["aawsat.com"] },
  { name: "Al-Monitor", hosts: ["al-monitor.com"] },
  { name: "Kayhan International", hosts: ["kayhan.ir"] },
  { name: "Press TV", hosts: ["presstv.ir"] },
  { name: "RT", hosts: ["rt.com"] },
  { name: "Sputnik", hosts: ["sputniknews.com", "sputnikglobe.com"] },
  { name: "TASS", hosts: ["tass.com"] },
  { name: "Anadolu Agency", hosts: ["aa.com.tr"] },
  { name: "Daily Sabah", hosts: ["dailysabah.com"] },
  { name: "The Times of Israel", hosts: ["timesofisrael.com"] },
  { name: "Haaretz", hosts: ["haaretz.com"] },
  { name: "i24 News", hosts: ["i24news.tv"] },
  { name: "Axios", hosts: ["axios.com"] },
  { name: "CNN", hosts: ["cnn.com"] },
  { name: "Fox News", hosts: ["foxnews.com"] },
  { name: "CNBC", hosts: ["cnbc.com"] },
  { name: "Zero Hedge", hosts: ["zerohedge.com"] },
  { name: "France 24", hosts: ["france24.com"] },
  { name: "Deutsche Welle", hosts: ["dw.com"] },
  { name: "Human Rights Watch", hosts: ["hrw.org"] },
  { name: "Amnesty International", hosts: ["amnesty.org"] },
  { name: "UN News", hosts: ["news.un.org"] },
  { name: "OCHA", hosts: ["unocha.org"] },
  { name: "ReliefWeb", hosts: ["reliefweb.int"] },
];

const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu"]);

/** The registrable domain of a host: news.antiwar.com → antiwar.com, bbc.co.uk → bbc.co.uk. */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, "").split(".");
  if (parts.length <= 2) return parts.join(".");
  const sld = parts[parts.length - 2]!;
  const keep = SECOND_LEVEL.has(sld) && parts[parts.length - 1]!.length === 2 ? 3 : 2;
  return parts.slice(-keep).join(".");
}

/** The outlet behind a host name, or the registrable domain when the outlet is not in the table. */
export function publisherForHost(host: string): string {
  const domain = registrableDomain(host);
  const hostLower = host.toLowerCase().replace(/^www\./, "");
  const outlet = OUTLETS.find((o) => o.hosts.some((h) => h === domain || h === hostLower));
  return outlet ? outlet.name : domain;
}

/** Outlet names that may be printed on a page as its masthead, longest first. */
export function knownMastheads(): string[] {
  return OUTLETS.flatMap((o) => o.mastheads ?? []).sort((a, b) => b.length - a.length);
}

export function publisherForMasthead(masthead: string): string | null {
  const outlet = OUTLETS.find((o) => o.mastheads?.includes(masthead));
  return outlet ? outlet.name : null;
}
