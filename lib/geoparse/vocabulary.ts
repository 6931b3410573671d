/**
 * Word lists the recogniser consults. They describe English news prose in
 * general, not any particular article.
 */

/** Capitalised words that begin sentences or name things other than places, even where a town shares the name. */
export const NOT_PLACE_WORDS = new Set(
  `a an as the and or but if in on at of for to from by with without within into onto over under after before since until while
  during between among about against across through throughout toward towards upon via per than then there here where when
  this that these those it its he she they we you i his her their our your my me him them us who whom whose which what why how
  all any both each every few many more most much no none not nor only other some such same so too very just also even still
  yet already again further once however meanwhile instead despite although though because unless whereas whether
  is are was were be been being have has had do does did will would shall should can could may might must
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  mr mrs ms dr sir rep sen gen col maj capt lt sgt president minister prime general commander chief king queen prince sheikh emir imam
  ayatollah pope saint st news latest analysis comments comment advertisement advertisements video videos photo photos via update
  updates read more continue reading subscribe newsletter donate trending home menu search share print email follow like
  government army forces force ministry council brigade division police security guard guards state states
  north south east west northern southern eastern western central northeast northwest southeast southwest
  city town village province governorate region district capital country countryside
  christian christians muslim muslims jew jews sunni shia alawite alawites druze kurd kurds arab arabs
  god allah caliph caliphate islam islamic jihad jihadi jihadis zionist zionism
  mass nearly some several another first second third last next new old great grand due according following regarding one two three four five six seven eight nine ten dozens hundreds thousands never always often perhaps indeed thus hence
  jewish israeli israelis palestinian palestinians syrian syrians kurdish turkish russian russians american americans british
  iranian iranians iraqi iraqis lebanese saudi saudis qatari emirati egyptian jordanian european europeans western westerners
  kazakh uzbek tajik albanian chechen uighur uyghur afghan libyan yemeni israeli-inflicted
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that may stand at the edge of a place name without making it a
 * different entity ("Hmeimim Air Base", "Rif Dimashq Governorate", "Latakia Mountains").
 */
export const FEATURE_WORDS = new Set(
  `province governorate governorates region district subdistrict city town village villages countryside camp camps
  air base airbase airport port harbour harbor base bases military academy prison hospital neighbourhood neighborhood
  quarter suburb suburbs mountains mountain mount hills valley river lake sea gulf desert plain plains strip bank coast
  oil field fields dam bridge crossing border checkpoint refugee square street road highway district's governorate's`
    .split(/\s+/)
    .filter(Boolean),
);

/** Direction and size words that may precede a place name ("Eastern Ghouta", "northern Syria"). */
export const PLACE_PREFIX_WORDS = new Set(
  `north south east west northern southern eastern western central upper lower greater old new rural`.split(/\s+/),
);

/** Connectors that may stand inside a multi-word name ("Ras al-Ayn", "Valley of the Christians", "Deir ez-Zor"). */
export const NAME_CONNECTORS = new Set(
  // "at", "as", "an" written apart are English far more often than the Arabic article ("London at the Chequers").
  `al el ez az ash ad ar ed es ul bin ibn abu bani beni de du des la le of the`.split(/\s+/),
);

/** Titles and roles that mark the following capitalised words as a person. */
export const PERSON_TITLES = new Set(
  `mr mrs ms dr prof sir lady lord rep sen senator gen general col colonel maj major capt captain lt lieutenant sgt
  president minister premier chancellor king queen prince princess emir sheikh imam ayatollah pope rabbi bishop father
  mayor governor ambassador spokesman spokeswoman spokesperson commander chief envoy secretary director journalist
  writer reporter editor activist analyst professor expert official aide`.split(/\s+/),
);

/**
 * Verbs after which a capital city's name stands for its government
 * ("Ankara followed suit", "Damascus imposed a curfew").
 */
export const GOVERNMENT_VERBS = new Set(
  `said says announced announces followed follows imposed imposes sent sends condemned condemns warned warns accused
  accuses claimed claims responded responds urged urges pledged pledges rejected rejects lobbied lobbies agreed agrees
  signed signs denied denies insisted insists demanded demands threatened threatens backed backs supported supports
  refused refuses decided decides declared declares approved approves ordered orders wants wanted hopes hoped believes
  believed sought seeks rejected dismissed dismisses responded reacted reacts welcomed welcomes expressed criticised
  criticized recognised recognized signalled signaled vowed vows summoned summons expelled expels recalled recalls`.split(/\s+/),
);

/**
 * Organisations that conflict reporting names constantly and that some gazetteer
 * also lists as a place somewhere ("Hezbollah", "Red Cross"): never a place name here.
 */
export const ORGANISATIONS: ReadonlySet<string> = new Set([
  "hezbollah", "hamas", "isis", "isil", "daesh", "nusra", "al nusra", "taliban", "al qaeda", "al qaida", "hts", "sdf", "sna",
  "ypg", "pkk", "nato", "un", "unhcr", "unicef", "unrwa", "ocha", "red cross", "red crescent", "msf", "amnesty", "reuters",
  "sohr", "snhr", "stj",
]);

/** Words after a name that make it a person's or a government's ("the Obama administration", "the Assad regime"). */
export const RULER_WORDS = new Set(["administration", "regime", "presidency", "cabinet", "loyalists", "family", "clan", "era", "appointee", "appointees", "nominee", "nominees"]);

/** Nouns after a capital's name that make it stand for the state ("the Damascus government", "the Damascus caliphate"). */
export const GOVERNMENT_NOUNS = new Set(["government", "regime", "authorities", "administration", "caliphate", "leadership", "officials", "establishment"]);

/** Last words that make a run of capitalised words a body rather than a place ("European Union", "Syrian Observatory", "Turkiye Gazetesi"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `union commission council parliament congress senate league nations army forces front observatory institute agency
  ministry court bank party movement brigade brigades battalion times post gazette gazetesi journal herald tribune
  telegraph guardian news network television tv radio university college school foundation fund organisation organization
  committee corporation company group conference summit accords accord agreement plan initiative caliphate board
  authority police airways airlines club federation association society alliance coalition institution`.split(/\s+/),
);

/**
 * Demonyms and adjectives of countries and continents, with the name they derive from. The recogniser does not
 * take them for places ("Syrian forces" is not a mention of Syria); they are read as places only when a caller
 * asks for a given span to be resolved (benchmarks such as TR-News annotate "Turkish" as Turkey).
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `afghan:Afghanistan albanian:Albania algerian:Algeria american:United States angolan:Angola argentine:Argentina
  argentinian:Argentina armenian:Armenia australian:Australia austrian:Austria azerbaijani:Azerbaijan bahraini:Bahrain
  bangladeshi:Bangladesh belarusian:Belarus belgian:Belgium bolivian:Bolivia bosnian:Bosnia and Herzegovina
  brazilian:Brazil british:United Kingdom bulgarian:Bulgaria burmese:Myanmar cambodian:Cambodia cameroonian:Cameroon
  canadian:Canada chadian:Chad chilean:Chile chinese:China colombian:Colombia congolese:Democratic Republic of the Congo
  croatian:Croatia cuban:Cuba cypriot:Cyprus czech:Czechia danish:Denmark dutch:Netherlands ecuadorian:Ecuador
  egyptian:Egypt emirati:United Arab Emirates english:United Kingdom eritrean:Eritrea estonian:Estonia ethiopian:Ethiopia
  filipino:Philippines finnish:Finland french:France georgian:Georgia german:Germany ghanaian:Ghana greek:Greece
  guatemalan:Guatemala haitian:Haiti honduran:Honduras hungarian:Hungary icelandic:Iceland indian:India
  indonesian:Indonesia iranian:Iran iraqi:Iraq irish:Ireland israeli:Israel italian:Italy ivorian:Ivory Coast
  jamaican:Jamaica japanese:Japan jordanian:Jordan kazakh:Kazakhstan kenyan:Kenya korean:South Korea kosovar:Kosovo
  kuwaiti:Kuwait kyrgyz:Kyrgyzstan lao:Laos latvian:Latvia lebanese:Lebanon liberian:Liberia libyan:Libya
  lithuanian:Lithuania malaysian:Malaysia malian:Mali maltese:Malta mexican:Mexico moldovan:Moldova mongolian:Mongolia
  montenegrin:Montenegro moroccan:Morocco mozambican:Mozambique namibian:Namibia nepalese:Nepal nepali:Nepal
  nicaraguan:Nicaragua nigerian:Nigeria nigerien:Niger norwegian:Norway omani:Oman pakistani:Pakistan palestinian:Palestine
  panamanian:Panama paraguayan:Paraguay peruvian:Peru polish:Poland portuguese:Portugal qatari:Qatar romanian:Romania
  russian:Russia rwandan:Rwanda saudi:Saudi Arabia scottish:United Kingdom senegalese:Senegal serbian:Serbia
  singaporean:Singapore slovak:Slovakia slovenian:Slovenia somali:Somalia spanish:Spain sudanese:Sudan swedish:Sweden
  swiss:Switzerland syrian:Syria taiwanese:Taiwan tajik:Tajikistan tanzanian:Tanzania thai:Thailand tunisian:Tunisia
  turkish:Turkey turkmen:Turkmenistan ugandan:Uganda ukrainian:Ukraine uruguayan:Uruguay uzbek:Uzbekistan
  venezuelan:Venezuela vietnamese:Vietnam welsh:United Kingdom yemeni:Yemen zambian:Zambia zimbabwean:Zimbabwe
  african:Africa asian:Asia european:Europe arab:Middle East kurdish:Kurdistan`
    .trim()
    .split(/\s+(?=[a-z]+:)/)
    .map((pair) => pair.split(":") as [string, string]),
);
