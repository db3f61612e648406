#include "extract/word_classes.h"

#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace claimgraph::extract {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Function-local statics: built once, thread-safe, never mutated afterwards.
const WordSet& Determiners() {
  static const WordSet kSet = {"the", "a",    "an",    "its",   "his", "her", "their",
                               "our", "this", "these", "those", "my",  "your"};
  return kSet;
}

const WordSet& Auxiliaries() {
  static const WordSet kSet = {
      "has",  "have",  "had", "having", "is",     "are",   "was", "were",  "be",  "been",  "being",
      "will", "would", "wo",  "shall",  "should", "can",   "ca",  "could", "may", "might", "must",
      "do",   "does",  "did", "n't",    "not",    "never", "'s",  "'ve",   "'d",  "'ll",   "'re"};
  return kSet;
}

const WordSet& Modals() {
  static const WordSet kSet = {"may",  "might", "could", "would", "should", "can",
                               "will", "must",  "wo",    "ca",    "shall"};
  return kSet;
}

const WordSet& PreCueAdverbs() {
  static const WordSet kSet = {"also", "again",   "already", "still", "later", "earlier",
                               "then", "long",    "once",    "often", "even",  "just",
                               "now",  "further", "first",   "too",   "ever",  "previously"};
  return kSet;
}

const WordSet& SubjectPronouns() {
  static const WordSet kSet = {"he", "she", "they", "it", "we", "i", "you", "who"};
  return kSet;
}

const WordSet& RoleWords() {
  static const WordSet kSet = {"president",
                               "vice",
                               "secretary",
                               "spokesman",
                               "spokeswoman",
                               "spokesperson",
                               "minister",
                               "prime",
                               "senator",
                               "sen.",
                               "rep.",
                               "gov.",
                               "governor",
                               "representative",
                               "congressman",
                               "congresswoman",
                               "director",
                               "chief",
                               "chairman",
                               "chairwoman",
                               "chair",
                               "ceo",
                               "leader",
                               "nominee",
                               "candidate",
                               "pollster",
                               "adviser",
                               "advisor",
                               "aide",
                               "mr.",
                               "mrs.",
                               "ms.",
                               "dr.",
                               "general",
                               "gen.",
                               "judge",
                               "justice",
                               "ambassador",
                               "mayor",
                               "officer",
                               "official",
                               "manager",
                               "professor",
                               "analyst",
                               "host",
                               "anchor",
                               "attorney",
                               "lawyer",
                               "strategist",
                               "economist",
                               "founder",
                               "executive",
                               "head",
                               "commander",
                               "envoy",
                               "diplomat",
                               "speaker",
                               "deputy",
                               "assistant",
                               "press",
                               "campaign",
                               "chancellor",
                               "king",
                               "queen",
                               "pope",
                               "sheriff",
                               "commissioner",
                               "correspondent",
                               "reporter",
                               "editor",
                               "columnist",
                               "author",
                               "researcher",
                               "scientist",
                               "expert",
                               "activist",
                               "member",
                               "sen",
                               "rep",
                               "gov",
                               "lt.",
                               "col.",
                               "sgt.",
                               "capt.",
                               "supporter",
                               "operative",
                               "surrogate",
                               "manager",
                               "consultant",
                               "co-founder",
                               "partner",
                               "owner",
                               "president-elect",
                               "secretary-general",
                               "mp",
                               "lawmaker",
                               "legislator",
                               "mogul",
                               "billionaire",
                               "businessman",
                               "businesswoman",
                               "star",
                               "actor",
                               "actress",
                               "singer",
                               "rapper",
                               "comedian",
                               "coach",
                               "player",
                               "fellow",
                               "historian",
                               "commentator",
                               "blogger",
                               "pastor",
                               "rev.",
                               "rabbi",
                               "nominee",
                               "contender",
                               "challenger",
                               "incumbent",
                               "running",
                               "mate",
                               "director-general"};
  return kSet;
}

const WordSet& SourceHeads() {
  static const WordSet kSet = {"officials",
                               "official",
                               "allies",
                               "ally",
                               "office",
                               "ministry",
                               "government",
                               "administration",
                               "department",
                               "spokesman",
                               "spokeswoman",
                               "spokesperson",
                               "spokespeople",
                               "report",
                               "reports",
                               "statement",
                               "study",
                               "survey",
                               "poll",
                               "polls",
                               "analysts",
                               "analyst",
                               "experts",
                               "expert",
                               "diplomats",
                               "diplomat",
                               "sources",
                               "source",
                               "leaders",
                               "leader",
                               "people",
                               "person",
                               "police",
                               "authorities",
                               "authority",
                               "agency",
                               "campaign",
                               "company",
                               "firm",
                               "group",
                               "committee",
                               "council",
                               "court",
                               "military",
                               "army",
                               "ministers",
                               "lawmakers",
                               "legislators",
                               "senators",
                               "republicans",
                               "democrats",
                               "critics",
                               "supporters",
                               "opponents",
                               "aides",
                               "advisers",
                               "advisors",
                               "investigators",
                               "prosecutors",
                               "researchers",
                               "scientists",
                               "economists",
                               "observers",
                               "residents",
                               "witnesses",
                               "organizers",
                               "organisers",
                               "activists",
                               "representatives",
                               "members",
                               "voters",
                               "staff",
                               "spokesmen",
                               "spokeswomen",
                               "document",
                               "documents",
                               "letter",
                               "memo",
                               "filing",
                               "lawsuit",
                               "complaint",
                               "data",
                               "figures",
                               "website",
                               "newspaper",
                               "magazine",
                               "network",
                               "paper",
                               "article",
                               "analysis",
                               "estimate",
                               "estimates",
                               "intelligence",
                               "embassy",
                               "presidency",
                               "kremlin",
                               "palace",
                               "house",
                               "pentagon",
                               "party",
                               "union",
                               "bank",
                               "board",
                               "commission",
                               "regulator",
                               "regulators",
                               "team",
                               "statement",
                               "tweet",
                               "post",
                               "release",
                               "executives",
                               "officers",
                               "employees",
                               "workers",
                               "others",
                               "many",
                               "some",
                               "both",
                               "all",
                               "most",
                               "several",
                               "few",
                               "man",
                               "woman",
                               "men",
                               "women",
                               "person",
                               "insiders",
                               "sources",
                               "sponsors",
                               "economist",
                               "strategists",
                               "pollsters",
                               "journalists",
                               "reporters",
                               "media",
                               "press",
                               "nation",
                               "country",
                               "countries",
                               "states",
                               "state",
                               "city",
                               "county",
                               "mission",
                               "delegation",
                               "coalition",
                               "alliance",
                               "bloc",
                               "forces",
                               "troops",
                               "spokespersons",
                               "representative",
                               "commander",
                               "commanders",
                               "officer",
                               "chief",
                               "head",
                               "director",
                               "president",
                               "minister",
                               "secretary",
                               "senator",
                               "governor",
                               "mayor",
                               "judge",
                               "lawyer",
                               "lawyers",
                               "attorney",
                               "attorneys",
                               "candidate",
                               "nominee",
                               "aide",
                               "adviser",
                               "advisor",
                               "pollster",
                               "host",
                               "researcher",
                               "scientist",
                               "professor",
                               "author"};
  return kSet;
}

const WordSet& SourceModifiers() {
  static const WordSet kSet = {"top",          "senior",      "junior",        "high-ranking",
                               "former",       "current",     "western",       "eastern",
                               "northern",     "southern",    "foreign",       "federal",
                               "local",        "military",    "government",    "administration",
                               "intelligence", "campaign",    "congressional", "presidential",
                               "state",        "national",    "international", "independent",
                               "other",        "many",        "some",          "several",
                               "one",          "another",     "two",           "three",
                               "four",         "five",        "six",           "seven",
                               "eight",        "nine",        "ten",           "few",
                               "both",         "all",         "most",          "anonymous",
                               "unnamed",      "longtime",    "long-time",     "veteran",
                               "leading",      "chief",       "deputy",        "press",
                               "white",        "new",         "public",        "health",
                               "defense",      "defence",     "security",      "police",
                               "party",        "election",    "u.s.",          "us",
                               "eu",           "un",          "u.n.",          "nato",
                               "white",        "house",       "justice",       "energy",
                               "finance",      "economy",     "interior",      "trade",
                               "industry",     "research",    "company",       "bank",
                               "central",      "regional",    "republican",    "democratic",
                               "conservative", "liberal",     "progressive",   "key",
                               "prominent",    "influential", "outside",       "private",
                               "independent",  "main",        "official",      "main",
                               "opposition",   "ruling",      "vice",          "prime",
                               "attorney",     "secretary",   "spokesman",     "communications",
                               "media",        "legal",       "business",      "industry",
                               "medical",      "ministry",    "russian",       "american",
                               "european",     "french",      "british",       "german",
                               "chinese",      "ukrainian",   "iranian",       "israeli",
                               "syrian",       "turkish",     "indian",        "japanese",
                               "mexican",      "canadian",    "australian",    "italian",
                               "spanish",      "korean",      "african",       "arab",
                               "palestinian",  "saudi",       "iraqi",         "afghan",
                               "pakistani",    "polish",      "dutch",         "swedish",
                               "greek",        "egyptian",    "brazilian",     "venezuelan",
                               "cuban"};
  return kSet;
}

const WordSet& NpStopWords() {
  static const WordSet kSet = {
      "in",     "on",      "at",      "to",       "from",      "with",    "by",       "about",
      "into",   "over",    "after",   "before",   "during",    "since",   "until",    "against",
      "among",  "between", "through", "under",    "without",   "within",  "upon",     "as",
      "like",   "than",    "and",     "or",       "but",       "nor",     "so",       "yet",
      "if",     "because", "while",   "although", "though",    "whether", "unless",   "when",
      "where",  "which",   "who",     "whom",     "whose",     "that",    "what",     "why",
      "how",    "not",     "n't",     "also",     "has",       "have",    "had",      "is",
      "are",    "was",     "were",    "be",       "been",      "will",    "would",    "could",
      "should", "may",     "might",   "can",      "must",      "do",      "does",     "did",
      "said",   "says",    "say",     "told",     "there",     "here",    "then",     "just",
      "only",   "even",    "still",   "however",  "meanwhile", "instead", "moreover", "once",
      "ago",    "too",     "very",    "'re",      "'ve",       "'d",      "'ll",      "wo",
      "ca",     "me",      "him",     "us",       "them",      "it",      "off",      "out",
      "up",     "down",    "despite", "amid",     "via",       "per",     "toward",   "towards",
      "across", "around",  "near",    "behind",   "beyond",    "any",     "no",       "every",
      "each",   "such",    "whatever"};
  return kSet;
}

const WordSet& ContentBreakers() {
  static const WordSet kSet = {"though",  "although", "but",     "while", "whereas",  "yet",
                               "however", "even",     "despite", "amid",  "meanwhile"};
  return kSet;
}

const WordSet& HedgeWords() {
  static const WordSet kSet = {
      "may",         "might",       "could",      "possibly",    "perhaps",     "maybe",
      "reportedly",  "allegedly",   "apparently", "purportedly", "supposedly",  "likely",
      "unlikely",    "probably",    "premature",  "unclear",     "uncertain",   "possibility",
      "possible",    "unconfirmed", "rumored",    "rumoured",    "seemingly",   "presumably",
      "potential",   "potentially", "alleged",    "suspected",   "speculation", "speculated",
      "conceivably", "doubt",       "doubtful",   "unknown",     "unverified",  "tentative",
      "tentatively", "seems",       "seem",       "seemed",      "appears",     "appear",
      "appeared",    "suggests",    "suggested",  "suggest"};
  return kSet;
}

const WordSet& TimeWords() {
  static const WordSet kSet = {
      "monday",     "tuesday",    "wednesday",  "thursday",  "friday",  "saturday",   "sunday",
      "yesterday",  "today",      "tonight",    "tomorrow",  "earlier", "later",      "recently",
      "previously", "last",       "this",       "week",      "month",   "year",       "morning",
      "afternoon",  "evening",    "night",      "weekend",   "again",   "repeatedly", "publicly",
      "privately",  "separately", "afterwards", "afterward", "then",    "too",        "also",
      "once",       "twice"};
  return kSet;
}

const WordSet& CommonVerbs() {
  static const WordSet kSet = {
      "is",       "are",       "was",    "were",    "be",     "been",    "being",    "am",
      "has",      "have",      "had",    "do",      "does",   "did",     "will",     "would",
      "can",      "could",     "may",    "might",   "must",   "should",  "shall",    "'s",
      "'re",      "'m",        "'ve",    "'d",      "'ll",    "wo",      "ca",       "said",
      "says",     "say",       "told",   "tells",   "make",   "makes",   "made",     "take",
      "takes",    "took",      "taken",  "go",      "goes",   "went",    "gone",     "get",
      "gets",     "got",       "give",   "gives",   "gave",   "given",   "see",      "sees",
      "saw",      "seen",      "know",   "knows",   "knew",   "known",   "think",    "thinks",
      "thought",  "come",      "comes",  "came",    "want",   "wants",   "use",      "uses",
      "find",     "finds",     "found",  "seem",    "seems",  "feel",    "feels",    "felt",
      "try",      "tries",     "leave",  "leaves",  "left",   "call",    "calls",    "keep",
      "keeps",    "kept",      "let",    "lets",    "begin",  "begins",  "began",    "show",
      "shows",    "hear",      "hears",  "heard",   "play",   "plays",   "run",      "runs",
      "ran",      "move",      "moves",  "live",    "lives",  "believe", "believes", "bring",
      "brings",   "brought",   "happen", "happens", "write",  "writes",  "wrote",    "sit",
      "sits",     "sat",       "stand",  "stands",  "stood",  "lose",    "loses",    "lost",
      "pay",      "pays",      "paid",   "meet",    "meets",  "met",     "include",  "includes",
      "continue", "continues", "set",    "sets",    "lead",   "leads",   "led",      "win",
      "wins",     "won",       "hold",   "holds",   "held",   "become",  "becomes",  "became",
      "put",      "puts",      "mean",   "means",   "meant",  "need",    "needs",    "remain",
      "remains",  "face",      "faces",  "plan",    "plans",  "help",    "helps",    "grow",
      "grows",    "grew",      "rise",   "rises",   "rose",   "fall",    "falls",    "fell",
      "send",     "sends",     "sent",   "build",   "builds", "built",   "spend",    "spends",
      "spent",    "cut",       "cuts",   "seek",    "seeks",  "sought",  "sell",     "sells",
      "sold",     "buy",       "buys",   "bought"};
  return kSet;
}

const WordSet& ChromeVerbs() {
  static const WordSet kSet = {
      "click",    "subscribe", "share",    "read",    "leave",  "send",          "follow",
      "sign",     "like",      "download", "watch",   "listen", "join",          "email",
      "e-mail",   "tap",       "register", "login",   "log",    "advertisement", "comment",
      "comments", "continue",  "scroll",   "see",     "view",   "print",         "tweet",
      "get",      "contact",   "donate",   "support", "visit",  "check"};
  return kSet;
}

}  // namespace

bool IsDeterminer(std::string_view w) { return Determiners().contains(w); }
bool IsAuxiliary(std::string_view w) { return Auxiliaries().contains(w); }
bool IsModal(std::string_view w) { return Modals().contains(w); }
bool IsPreCueAdverb(std::string_view w) {
  return PreCueAdverbs().contains(w) || (w.size() > 4 && w.ends_with("ly"));
}
bool IsSubjectPronoun(std::string_view w) { return SubjectPronouns().contains(w); }
bool IsRoleWord(std::string_view w) { return RoleWords().contains(w); }
bool IsSourceHead(std::string_view w) { return SourceHeads().contains(w); }
bool IsSourceModifier(std::string_view w) { return SourceModifiers().contains(w); }
bool IsNpStopWord(std::string_view w) { return NpStopWords().contains(w); }
bool IsContentBreaker(std::string_view w) { return ContentBreakers().contains(w); }
bool IsHedgeWord(std::string_view w) { return HedgeWords().contains(w); }
bool IsTimeWord(std::string_view w) { return TimeWords().contains(w); }
bool IsCommonVerb(std::string_view w) { return CommonVerbs().contains(w); }
bool IsChromeVerb(std::string_view w) { return ChromeVerbs().contains(w); }

}  // namespace claimgraph::extract
