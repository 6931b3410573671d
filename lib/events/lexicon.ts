import type { EventType } from "./incident";

/**
 * Words that report something happening, mapped to event types modelled on
 * ACLED's. Checked in order: the first that matches a sentence sets its type.
 */
export const TRIGGERS: ReadonlyArray<{ type: EventType; subType: string; pattern: RegExp }> = [
  { type: "violence-against-civilians", subType: "massacre", pattern: /\b(massacre[ds]?|slaughter(?:ed|ing)?|mass (?:murder|killing)s?)\b/i },
  { type: "violence-against-civilians", subType: "execution", pattern: /\b(execut(?:ed|ion|ions|ing)|beheading?s?|beheaded)\b/i },
  { type: "violence-against-civilians", subType: "abduction", pattern: /\b(abduct(?:ed|ion|ions|ing)|kidnapp?(?:ed|ing)?|forcibly taken|detain(?:ed)?)\b/i },
  { type: "explosions-remote-violence", subType: "air strike", pattern: /\b(air ?strikes?|aerial (?:bombardment|attack)s?|drop bombs|warplanes? (?:struck|bombed)|drones? (?:struck|targeted)|helicopters? .{0,30}bombs?)\b/i },
  { type: "explosions-remote-violence", subType: "chemical weapon", pattern: /\b(chemical (?:attacks?|weapons?|strikes?)|gas attacks?|sarin|chlorine (?:attack|bombs?))\b/i },
  { type: "explosions-remote-violence", subType: "shelling", pattern: /\b(shell(?:ed|ing)|artillery|bombard(?:ed|ment)|bomb(?:ed|ing|ings)|rockets?|mortars?|explosions?)\b/i },
  { type: "protests", subType: "protest", pattern: /\b(protest(?:s|ers|ed)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies))\b/i },
  { type: "riots", subType: "mob violence", pattern: /\b(riots?|rioters|mob|stormed the governor)\b/i },
  { type: "strategic-developments", subType: "camp or prison break-out", pattern: /\b(mass escapes?|escaped from (?:the |a )?(?:prison|jail|camp|detention)|(?:prisoners|detainees|inmates|terrorists|fighters|members) (?:have |had )?escaped|(?:prison|jail) ?-?break|jailbreak|break-?outs?|gates were flung open|storm it)\b/i },
  { type: "strategic-developments", subType: "blockade", pattern: /\b(blockade|besieg(?:ed|ing)|cut off (?:electricity|water|supplies)|curfew)\b/i },
  { type: "battles", subType: "armed clash", pattern: /\b(clash(?:es|ed)?|fighting|fought|battles?|ambush(?:ed)?|offensive|counter-?offensive|siege|gun ?battle|firefight|gunfire|captured|seized|recaptured|(?:drove|driven|pushed) (?:\w+ )?out|liberat(?:ed|ion)|attack(?:s|ed|ing)?|insurgen(?:ts|cy)|uprising|stormed)\b/i },
  { type: "violence-against-civilians", subType: "killing", pattern: /\b(kill(?:ed|ing|ings)?|murder(?:ed|s)?|dead|deaths?|death toll|shot dead|opened fire|atrocities|violence|violations|looted|burned)\b/i },
  { type: "strategic-developments", subType: "defection", pattern: /\b(defect(?:ed|ion|ions|ing)|switched sides|changed sides)\b/i },
  { type: "strategic-developments", subType: "displacement", pattern: /\b(fled|flee(?:ing)?|displace(?:d|ment)|refuge|evacuat(?:ed|ion))\b/i },
];

/**
 * What may happen, not what happened: a modal, plan or threat governing the
 * event word, at most two words before it ("would attack", "threatened to
 * launch an attack", "vulnerable to attacks"). Tested on the text before the event word.
 */
export const HYPOTHETICAL =
  /\b(?:would|could|might|will|can|cannot|if you|if|expected to|threaten(?:s|ed|ing)? to|plan(?:s|ned)? to|to plan|vulnerable to|(?:at )?risk of|fear of|threat of)\s+(?:[\w’'-]+\s+){0,2}$/i;
