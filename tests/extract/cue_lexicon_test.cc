// CueLexicon: cue words in every inflection, their senses and phrasal cues.
#include "extract/cue_lexicon.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/tokens.h"

namespace claimgraph::extract {
namespace {

std::vector<text::Token> TokensOf(const std::string& s) {
  return text::Tokenize(s, Span{0, s.size()});
}

TEST_CASE("CueLexicon: maps inflected forms to their lemma and type", "[extract]") {
  struct Row {
    const char* word;
    const char* lemma;
    CueType type;
  };
  const std::vector<Row> rows = {
      {"said", "say", CueType::kSay},
      {"says", "say", CueType::kSay},
      {"saying", "say", CueType::kSay},
      {"told", "tell", CueType::kSay},
      {"announced", "announce", CueType::kSay},
      {"denies", "deny", CueType::kDeny},
      {"denied", "deny", CueType::kDeny},
      {"rejected", "reject", CueType::kDeny},
      {"disputed", "dispute", CueType::kDeny},
      {"refutes", "refute", CueType::kDeny},
      {"dismissing", "dismiss", CueType::kDeny},
      {"rebutted", "rebut", CueType::kDeny},
      {"wrote", "write", CueType::kSay},
      {"claimed", "claim", CueType::kSay},
  };
  const CueLexicon& lex = CueLexicon::Instance();
  for (const Row& r : rows) {
    INFO(r.word);
    const CueSense* sense = lex.Lookup(r.word);
    REQUIRE(sense != nullptr);
    CHECK(sense->lemma == r.lemma);
    CHECK(sense->type == r.type);
  }
}

TEST_CASE("CueLexicon: ordinary words are not cues", "[extract]") {
  const CueLexicon& lex = CueLexicon::Instance();
  for (const char* w : {"meeting", "invade", "troops", "the", "plans", "summit"}) {
    INFO(w);
    CHECK(lex.Lookup(w) == nullptr);
  }
}

TEST_CASE("CueLexicon: hedging and object-taking cues are marked", "[extract]") {
  const CueLexicon& lex = CueLexicon::Instance();
  CHECK(lex.Lookup("suggested")->hedged);
  CHECK(lex.Lookup("alleges")->hedged);
  CHECK_FALSE(lex.Lookup("said")->hedged);
  CHECK(lex.Lookup("told")->takes_object);
  CHECK_FALSE(lex.Lookup("said")->takes_object);
  CHECK(lex.Lookup("denied")->nominal_content);
}

TEST_CASE("CueLexicon: matches phrasal cues and 'according to' as one cue", "[extract]") {
  const CueLexicon& lex = CueLexicon::Instance();
  const std::vector<text::Token> ruled = TokensOf("He ruled out a deal");
  const auto m = lex.MatchAt(ruled, 1);
  REQUIRE(m);
  CHECK(m->sense->lemma == "rule out");
  CHECK(m->sense->type == CueType::kDeny);
  CHECK(m->end - m->begin == 2);

  const std::vector<text::Token> according = TokensOf("according to the report");
  const auto a = lex.MatchAt(according, 0);
  REQUIRE(a);
  CHECK(a->sense->lemma == "according to");
  CHECK(a->sense->prepositional);
  CHECK(a->end == 2);

  const std::vector<text::Token> ruling = TokensOf("the ruling party");
  CHECK_FALSE(lex.MatchAt(ruling, 1));
}

TEST_CASE("CueLexicon: flags participles and bare base forms", "[extract]") {
  const CueLexicon& lex = CueLexicon::Instance();
  const std::vector<text::Token> toks = TokensOf("saying say said");
  CHECK(lex.MatchAt(toks, 0)->ing_form);
  CHECK(lex.MatchAt(toks, 1)->base_form);
  CHECK_FALSE(lex.MatchAt(toks, 2)->base_form);
  CHECK_FALSE(lex.MatchAt(toks, 2)->ing_form);
}

TEST_CASE("LooksLikeVerbUse: a determiner or preposition before the word makes it a noun",
          "[extract]") {
  const std::vector<text::Token> noun = TokensOf("in a statement the report");
  CHECK_FALSE(LooksLikeVerbUse(noun, 4));
  const std::vector<text::Token> verb = TokensOf("Reuters reported");
  CHECK(LooksLikeVerbUse(verb, 1));
}

}  // namespace
}  // namespace claimgraph::extract
