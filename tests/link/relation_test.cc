// Relation labelling of cross-article statement pairs (relation.h) and the
// retrieval terms (linker.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "link/linker.h"
#include "link/relation.h"

namespace claimgraph::link {
namespace {

NormalisedContent Of(const std::string& content, Polarity polarity = Polarity::kAsserted) {
  return Normalise(content, {Span{0, content.size()}}, polarity, false);
}

PairJudgement Judge(const std::string& a, const std::string& b,
                    Polarity b_polarity = Polarity::kAsserted) {
  return ClassifyPair(ComputePairFeatures(Of(a), Of(b, b_polarity)));
}

struct Row {
  const char* a;
  const char* b;
  Polarity b_polarity;
  PairRelation expected;
};

TEST_CASE("ClassifyPair: restatements, contradictions, related and unrelated pairs", "[link]") {
  const std::vector<Row> rows = {
      // Other words for the same proposition.
      {"Russian troops are pulling back from the border",
       "Russian forces are withdrawing from the frontier", Polarity::kAsserted,
       PairRelation::kSameClaim},
      {"Harlow Motors will close its Dunmore plant by the end of the year",
       "The Dunmore facility of Harlow Motors will be shut down by the end of the year",
       Polarity::kAsserted, PairRelation::kSameClaim},
      // Negation scope on the shared predicate, and a denial.
      {"Russian troops are pulling back from the border",
       "there is no sign of a Russian pullback from the border", Polarity::kAsserted,
       PairRelation::kContradicts},
      {"Harlow Motors will close its Dunmore plant", "Harlow Motors will close its Dunmore plant",
       Polarity::kDenied, PairRelation::kContradicts},
      // Antonyms on a shared frame.
      {"the Dunmore plant will open in May", "the Dunmore plant will close in May",
       Polarity::kAsserted, PairRelation::kContradicts},
      // Different figures: no restatement, and no dispute either.
      {"the company would cut 1,200 jobs at the Dunmore site",
       "the company would cut 800 jobs at the Dunmore site", Polarity::kAsserted,
       PairRelation::kRelated},
      // A negation elsewhere in the content is not a contradiction.
      {"Russian troops are pulling back from the border",
       "Russian troops are pulling back from the border but NATO has not seen it",
       Polarity::kAsserted, PairRelation::kRelated},
      {"Harlow Motors will close its Dunmore plant",
       "the city council approved a new cycling lane on Main Street", Polarity::kAsserted,
       PairRelation::kUnrelated},
  };
  for (const Row& row : rows) {
    INFO(row.a << " | " << row.b);
    PairJudgement j = Judge(row.a, row.b, row.b_polarity);
    INFO("signal: " << j.signal);
    CHECK(ToString(j.relation) == std::string(ToString(row.expected)));
  }
}

TEST_CASE("ClassifyPair: calling a story fake contradicts it only on strong overlap", "[link]") {
  CHECK(Judge("a shark was filmed swimming on the flooded Houston highway",
              "the video of a shark swimming on the flooded Houston highway is fake")
            .relation == PairRelation::kContradicts);
  CHECK(Judge("a shark was filmed swimming on the flooded Houston highway",
              "the Houston storm photos are fake")
            .relation != PairRelation::kContradicts);
}

TEST_CASE("ClassifyPair: opposing only a verb of belief or saying is no contradiction", "[link]") {
  // What the investigators believe differs on the two sides; that they
  // believe something in one and not in the other says nothing either way.
  const PairJudgement j =
      Judge("investigators in Dunmore believe that the warehouse blaze was started on purpose",
            "investigators in Dunmore do not believe that the mayor knew about the warehouse blaze");
  INFO("signal: " << j.signal);
  CHECK(j.relation != PairRelation::kContradicts);
  // The same frame with the proposition itself opposed still contradicts.
  CHECK(Judge("investigators say the warehouse blaze in Dunmore was started on purpose",
              "investigators say the warehouse blaze in Dunmore was not started on purpose")
            .relation == PairRelation::kContradicts);
}

TEST_CASE("ClassifyPair: a few words of a short content inside a long one are a shared topic",
          "[link]") {
  const std::string long_content =
      "Inspector Dunn, who ran the regional police unit in Harlow for a decade before he moved "
      "to the capital, led the inquiry into the attack on the farm and questioned a neighbour "
      "about the assault";
  const PairJudgement topic = Judge(long_content, "the attack on the farm was a revenge assault by a jealous neighbour",
                                    Polarity::kDenied);
  INFO("signal: " << topic.signal);
  CHECK(topic.relation != PairRelation::kContradicts);
  // A short proposition that the long content holds almost whole still does.
  CHECK(Judge(long_content + " and said the farm was attacked at night",
              "the farm was not attacked at night")
            .relation == PairRelation::kContradicts);
}

TEST_CASE("ClassifyPair: a wish opposed under different named subjects is no contradiction",
          "[link]") {
  const std::string wanted = "Burton wanted to display the body of Manson in a glass crypt";
  // Another subject: Manson's own wish is not the negation of Burton's.
  CHECK(Judge(wanted, "Manson does not want to display the body in a glass crypt").relation !=
        PairRelation::kContradicts);
  // The same subject, or a pronoun that may be it, still contradicts.
  CHECK(Judge(wanted, "Burton never wanted to display the body of Manson in a glass crypt")
            .relation == PairRelation::kContradicts);
  CHECK(Judge(wanted, "she never wanted to display the body of Manson in a glass crypt")
            .relation == PairRelation::kContradicts);
  // A denied content is often a noun phrase ("reports that ..."): the words
  // before its predicate are no subject, and the denial still disputes.
  CHECK(Judge("Halvorsen Steel wants to cut a quarter of its workforce in Dunmore",
              "reports that the company wants to cut a quarter of its workforce in Dunmore",
              Polarity::kDenied)
            .relation == PairRelation::kContradicts);
  // Other predicates alternate: the plant is the subject on one side only.
  CHECK(Judge("Harlow Motors will close its Dunmore plant this year",
              "the Dunmore plant will not close this year")
            .relation == PairRelation::kContradicts);
}

TEST_CASE("ClassifyPair: a negation does not reach a factive or coordinated clause, nor past a dash",
          "[link]") {
  // Not knowing that X takes X for true.
  CHECK(Judge("the councillor was not aware that the clerk was recording the meeting",
              "the clerk was recording the meeting")
            .relation != PairRelation::kContradicts);
  // "and I still don't know" carries its own negation, not the first clause's too.
  CHECK(Judge("I did not mean to delete the files and I still don't know how they vanished",
              "I still don't know how the files vanished")
            .relation != PairRelation::kContradicts);
  // A "no show" fee is a noun, no negation of the missing.
  CHECK(Judge("the boy was billed a no show fee for missing the party at the Dunmore pool",
              "the boy was billed for missing the party at the Dunmore pool")
            .relation != PairRelation::kContradicts);
  // Nor past a dash typed as a hyphen.
  CHECK(Judge("I didn't feel a thing - then I saw the cut on my arm was bleeding",
              "then I saw the cut on my arm was bleeding")
            .relation != PairRelation::kContradicts);
  // Negation still reaches an ordinary complement.
  CHECK(Judge("the clerk was recording the meeting", "the clerk was not recording the meeting")
            .relation == PairRelation::kContradicts);
}

TEST_CASE("ClassifyPair: a refusal negates what it refuses, as refusing does", "[link]") {
  const std::string refused = "the Dunmore council refused to approve the new stadium plans";
  CHECK(Judge(refused, "the Dunmore council's refusal to approve the new stadium plans").relation !=
        PairRelation::kContradicts);
  CHECK(Judge(refused, "the Dunmore council approved the new stadium plans").relation ==
        PairRelation::kContradicts);
}

TEST_CASE("RetrievalTerms: folds synonyms and phrasal verbs, keeps names and numbers", "[link]") {
  const std::string text = "Ortiz said Russian forces will pull back 3,000 troops from Belgorod.";
  Statement s;
  s.content = {Span{text.find("Russian"), text.size() - 1}};
  std::vector<std::string> terms = RetrievalTerms(text, s);
  auto has = [&](const std::string& t) {
    return std::find(terms.begin(), terms.end(), t) != terms.end();
  };
  CHECK(has("russia"));
  CHECK(has("troop"));
  CHECK(has("withdraw"));
  CHECK(has("belgorod"));
  CHECK_FALSE(has("pull"));
  CHECK_FALSE(has("back"));
  CHECK(std::is_sorted(terms.begin(), terms.end()));
  CHECK(RetrievalText(text, s).find("withdraw") != std::string::npos);
}

TEST_CASE("RetrievalTerms: a content of one word is not indexed", "[link]") {
  const std::string text = "Lund said no.";
  Statement s;
  s.content = {Span{10, 12}};
  CHECK(RetrievalTerms(text, s).empty());
}

}  // namespace
}  // namespace claimgraph::link
