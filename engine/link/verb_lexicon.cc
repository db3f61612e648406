#include "link/verb_lexicon.h"

#include <string_view>
#include <unordered_set>

namespace claimgraph::link {
namespace {

// Verbs that news statements predicate; nouns that double as verbs
// ("plan", "attack") are listed because they name the same event either way.
constexpr std::string_view kVerbs[] = {
    "abandon",   "accept",    "accuse",    "achieve",     "acknowledge", "acquire",    "act",
    "add",       "address",   "admit",     "adopt",       "advance",     "affect",     "agree",
    "aim",       "allege",    "allow",     "ally",        "alter",       "announce",   "annex",
    "answer",    "appeal",    "appear",    "apply",       "appoint",     "approve",    "argue",
    "arm",       "arrest",    "arrive",    "ask",         "assassinate", "assert",     "assess",
    "assist",    "assume",    "assure",    "attack",      "attempt",     "attend",     "avert",
    "avoid",     "back",      "ban",       "bar",         "bear",        "beat",       "become",
    "begin",     "believe",   "block",     "blame",       "bomb",        "boost",      "break",
    "bring",     "build",     "burn",      "buy",         "call",        "cancel",     "capture",
    "cause",     "cease",     "challenge", "change",      "charge",      "choose",     "claim",
    "close",     "collapse",  "collide",   "come",        "comment",     "commit",     "compete",
    "complain",  "complete",  "comply",    "concede",     "concern",     "conclude",   "condemn",
    "confirm",   "consider",  "consume",   "contain",     "contest",     "continue",   "contradict",
    "control",   "convict",   "cooperate", "cost",        "counter",     "create",     "criticise",
    "cross",     "cut",       "damage",    "deal",        "debate",      "decide",     "declare",
    "decline",   "defeat",    "defend",    "delay",       "deliver",     "demand",     "deny",
    "depart",    "depend",    "deploy",    "describe",    "destroy",     "detain",     "deter",
    "develop",   "die",       "disagree",  "discuss",     "dismiss",     "dispute",    "divide",
    "drive",     "drop",      "ease",      "elect",       "eliminate",   "emerge",     "enable",
    "end",       "endorse",   "enforce",   "engage",      "ensure",      "enter",      "escalate",
    "escape",    "establish", "evacuate",  "examine",     "exclude",     "execute",    "exist",
    "expand",    "expect",    "expel",     "explain",     "explode",     "expose",     "express",
    "extend",    "face",      "fail",      "fall",        "favor",       "fear",       "fight",
    "file",      "finance",   "find",      "fire",        "flee",        "fly",        "focus",
    "follow",    "force",     "forgive",   "freeze",      "fund",        "gain",       "give",
    "grant",     "grow",      "guarantee", "halt",        "handle",      "happen",     "harm",
    "help",      "hide",      "hire",      "hit",         "hold",        "hope",       "host",
    "hurt",      "identify",  "ignore",    "impose",      "improve",     "include",    "increase",
    "indicate",  "inform",    "insist",    "inspire",     "intend",      "intensify",  "intervene",
    "introduce", "invade",    "invest",    "investigate", "invite",      "involve",    "issue",
    "join",      "judge",     "justify",   "keep",        "kill",        "know",       "launch",
    "lead",      "leave",     "lift",      "limit",       "lose",        "maintain",   "manage",
    "meet",      "mobilise",  "move",      "need",        "negotiate",   "nominate",   "notify",
    "observe",   "obtain",    "occupy",    "occur",       "offer",       "open",       "operate",
    "oppose",    "order",     "pass",      "pay",         "permit",      "persuade",   "plan",
    "pledge",    "plot",      "possess",   "postpone",    "prepare",     "present",    "press",
    "prevent",   "proceed",   "produce",   "prohibit",    "promise",     "propose",    "prosecute",
    "protect",   "protest",   "prove",     "provide",     "provoke",     "publish",    "pull",
    "punish",    "pursue",    "push",      "question",    "raise",       "reach",      "receive",
    "recognise", "recommend", "reduce",    "refer",       "reform",      "refuse",     "refute",
    "reject",    "release",   "remain",    "remove",      "repeat",      "replace",    "report",
    "represent", "request",   "require",   "rescue",      "resign",      "resist",     "resolve",
    "respond",   "restore",   "restrict",  "resume",      "retaliate",   "retreat",    "return",
    "reveal",    "review",    "rise",      "rule",        "run",         "sanction",   "save",
    "secure",    "seek",      "seize",     "sell",        "send",        "sentence",   "serve",
    "settle",    "shoot",     "show",      "shut",        "sign",        "solve",      "spend",
    "spread",    "stage",     "start",     "steal",       "stop",        "strengthen", "strike",
    "struggle",  "succeed",   "suffer",    "suggest",     "supply",      "support",    "suppress",
    "surrender", "survive",   "suspend",   "sweep",       "take",        "talk",       "target",
    "test",      "threaten",  "torpedo",   "trade",       "train",       "transfer",   "travel",
    "treat",     "trigger",   "try",       "undermine",   "unite",       "urge",       "use",
    "veto",      "violate",   "visit",     "vote",        "wage",        "want",       "warn",
    "weaken",    "win",       "withdraw",  "work",        "worry",       "yield",
};

}  // namespace

bool IsKnownVerb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet(std::begin(kVerbs), std::end(kVerbs));
  return kSet.contains(lemma);
}

}  // namespace claimgraph::link
