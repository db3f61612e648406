#include "link/lemmatizer.h"

#include <catch2/catch.hpp>
#include <string>

namespace claimgraph::link {
namespace {

struct Case {
  const char* word;
  const char* lemma;
};

TEST_CASE("Lemmatizer: reduces inflected forms to their base", "[link]") {
  const Case kCases[] = {
      {"invaded", "invade"},
      {"invading", "invade"},
      {"plans", "plan"},
      {"planned", "plan"},
      {"planning", "plan"},
      {"pulling", "pull"},
      {"troops", "troop"},
      {"allies", "ally"},
      {"denied", "deny"},
      {"agreed", "agree"},
      {"went", "go"},
      {"said", "say"},
      {"made", "make"},
      {"crises", "crisis"},
      {"guarantees", "guarantee"},
      {"pushes", "push"},
      {"continuing", "continue"},
      {"negotiated", "negotiate"},
      {"forced", "force"},
      {"stopped", "stop"},
      {"process", "process"},
      {"news", "news"},
      {"meeting", "meeting"},
      {"children", "child"},
  };
  for (const Case& c : kCases) {
    INFO(c.word);
    CHECK(Lemmatize(c.word) == c.lemma);
  }
}

TEST_CASE("Lemmatizer: maps event nouns onto their verbs for keys", "[link]") {
  const Case kCases[] = {
      {"invasion", "invade"},       {"decision", "decide"},     {"withdrawal", "withdraw"},
      {"denial", "deny"},           {"deployments", "deploy"},  {"negotiations", "negotiate"},
      {"agreement", "agree"},       {"discussion", "discuss"},  {"proposal", "propose"},
      {"recognition", "recognise"}, {"occupation", "occupy"},   {"expansion", "expand"},
      {"threat", "threaten"},       {"escalation", "escalate"}, {"rejection", "reject"},
  };
  for (const Case& c : kCases) {
    INFO(c.word);
    Lemma lemma = KeyLemma(c.word);
    CHECK(lemma.text == c.lemma);
    CHECK(lemma.predicate);
  }
}

TEST_CASE("Lemmatizer: leaves nouns that only look derived alone", "[link]") {
  const Case kCases[] = {
      {"government", "government"}, {"signal", "signal"},     {"nation", "nation"},
      {"commission", "commission"}, {"trial", "trial"},       {"statement", "statement"},
      {"border", "border"},         {"security", "security"},
  };
  for (const Case& c : kCases) {
    INFO(c.word);
    Lemma lemma = KeyLemma(c.word);
    CHECK(lemma.text == c.lemma);
    CHECK_FALSE(lemma.predicate);
  }
}

TEST_CASE("Lemmatizer: unifies British and American spellings", "[link]") {
  CHECK(KeyLemma("recognize").text == KeyLemma("recognise").text);
  CHECK(KeyLemma("recognized").text == "recognise");
  CHECK(KeyLemma("neighbouring").text == KeyLemma("neighboring").text);
  CHECK(KeyLemma("mobilization").text == "mobilise");
}

}  // namespace
}  // namespace claimgraph::link
