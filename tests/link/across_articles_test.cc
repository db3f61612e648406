#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link/linker.h"
#include "link_test_util.h"

namespace claimgraph::link {
namespace {

using testing::BuildAll;
using testing::Spec;

const std::string kText =
    "NATO said Russia is massing troops near the border. "
    "The Kremlin denied Russia is massing troops near the border. "
    "Russia is massing troops near the border.";

std::vector<Statement> Statements() {
  return BuildAll(
      kText, {
                 {"nato", "Russia is massing troops near the border. The Kremlin",
                  "Russia is massing troops near the border", "NATO", "said", "NATO", "say"},
                 {"kremlin", "denied Russia is massing", "Russia is massing troops near the border",
                  "The Kremlin", "denied", "Kremlin", "deny", Polarity::kDenied},
                 {"narrative", "border. Russia is massing troops near the border.",
                  "Russia is massing troops near the border", "", "", "", ""},
             });
}

Candidate Stored(std::int64_t id, std::string speaker, Polarity polarity,
                 std::string content = "Russia is massing troops near the border") {
  return Candidate{id, 100 + id, std::move(speaker), polarity, std::move(content)};
}

TEST_CASE("LinkAcrossArticles: another speaker restating the claim supports it", "[link]") {
  std::vector<CrossLink> links =
      LinkAcrossArticles(kText, Statements(), 0, {Stored(7, "Pentagon", Polarity::kAsserted)});
  REQUIRE(links.size() == 1);
  CHECK(links[0].from_index == 0);
  CHECK(links[0].to_statement == 7);
  CHECK(links[0].relation == Relation::kSupports);
  CHECK(links[0].rule == "cross-article-restatement");
  CHECK_THAT(links[0].reason, Catch::Contains("NATO") && Catch::Contains("Pentagon"));
}

TEST_CASE("LinkAcrossArticles: opposite claim polarity disputes", "[link]") {
  std::vector<CrossLink> links = LinkAcrossArticles(
      kText, Statements(), 1,
      {Stored(7, "Pentagon", Polarity::kAsserted),
       Stored(8, "Ukraine's defence ministry", Polarity::kDenied),
       Stored(9, "Estonia", Polarity::kAsserted, "Russia is not massing troops near the border")});
  REQUIRE(links.size() == 3);
  CHECK(links[0].relation == Relation::kDisputes);
  CHECK(links[0].rule == "cross-article-contradiction");
  CHECK_THAT(links[0].reason, Catch::Contains("Kremlin") && Catch::Contains("Pentagon"));
  CHECK(links[1].relation == Relation::kSupports);
  CHECK(links[2].relation == Relation::kSupports);
}

TEST_CASE("LinkAcrossArticles: the same speaker is never linked to itself", "[link]") {
  CHECK(LinkAcrossArticles(kText, Statements(), 1, {Stored(7, "kremlin", Polarity::kAsserted)})
            .empty());
}

TEST_CASE("LinkAcrossArticles: narrative duplicates are not linked", "[link]") {
  std::vector<Statement> statements = Statements();
  CHECK(LinkAcrossArticles(kText, statements, 2, {Stored(7, "", Polarity::kAsserted)}).empty());
  std::vector<CrossLink> links =
      LinkAcrossArticles(kText, statements, 2, {Stored(8, "Kremlin", Polarity::kDenied)});
  REQUIRE(links.size() == 1);
  CHECK(links[0].relation == Relation::kDisputes);
}

TEST_CASE("LinkAcrossArticles: an out-of-range index or keyless statement links nothing",
          "[link]") {
  CHECK(LinkAcrossArticles(kText, Statements(), 9, {Stored(7, "Pentagon", Polarity::kAsserted)})
            .empty());
  const std::string text = "The ministry disputed that.";
  std::vector<Statement> statements =
      BuildAll(text, {
                         {"rebut", "disputed that", "that", "The ministry", "disputed", "ministry",
                          "dispute", Polarity::kDenied},
                     });
  CHECK(LinkAcrossArticles(text, statements, 0, {Stored(7, "Pentagon", Polarity::kAsserted)})
            .empty());
}

}  // namespace
}  // namespace claimgraph::link

namespace claimgraph::link {

// Regressions from FNC-1 bodies: a two-word narrative phrase ("We want to
// hear from you") matched an interviewee's quote; the same person under a
// longer name ("Teddy Bear Clinic Shaheda Omar") was linked to herself; and
// "nothing more than a hoax" was read as a negation.
TEST_CASE("LinkAcrossArticles: short narrative keys and name variants are not linked", "[link]") {
  const std::string text = "We want to hear from you. Omar said she had seen such cases before.";
  std::vector<Statement> statements = testing::BuildAll(
      text, {
                {"chrome", "We want to hear from you.", "We want to hear from you", "", "", "", ""},
                {"omar", "Omar said she had seen such cases before", "she had seen such cases before",
                 "Omar", "said", "Shaheda Omar", "say"},
            });
  CHECK(LinkAcrossArticles(text, statements, 0,
                           {Candidate{7, 107, "Anna Wintour", Polarity::kAsserted,
                                      "I don't want to hear about it"}})
            .empty());
  CHECK(LinkAcrossArticles(text, statements, 1,
                           {Candidate{8, 108, "Teddy Bear Clinic Shaheda Omar", Polarity::kAsserted,
                                      "she had not seen such cases before"}})
            .empty());
}

TEST_CASE("ComputeKeys: 'nothing more than' is no negation", "[link]") {
  const std::string text = "The archbishop said the story is nothing more than a hoax.";
  std::vector<Statement> statements = testing::BuildAll(
      text, {{"hoax", "said the story is nothing more than a hoax",
              "the story is nothing more than a hoax", "The archbishop", "said", "archbishop",
              "say"}});
  CHECK(ComputeKeys(text, statements[0]).claim.rfind("+ ", 0) == 0);
}

}  // namespace claimgraph::link

namespace claimgraph::link {
namespace {

const std::string kBorder =
    "Stoltenberg said NATO has seen no sign of a Russian pullback from the border. "
    "The ministry said Russian forces are withdrawing from the frontier.";

std::vector<Statement> BorderStatements() {
  return testing::BuildAll(
      kBorder, {
                   {"nato", "NATO has seen no sign of a Russian pullback from the border",
                    "NATO has seen no sign of a Russian pullback from the border", "Stoltenberg",
                    "said", "Jens Stoltenberg", "say"},
                   {"ministry", "Russian forces are withdrawing from the frontier",
                    "Russian forces are withdrawing from the frontier", "The ministry", "said",
                    "Russian defence ministry", "say"},
               });
}

Candidate Earlier(std::int64_t id, std::int64_t claim, std::string speaker, std::string content,
                  std::string outlet = "Eastern Daily") {
  Candidate c;
  c.statement_id = id;
  c.article_id = 100 + id;
  c.claim_id = claim;
  c.speaker = std::move(speaker);
  c.content = std::move(content);
  c.outlet = std::move(outlet);
  c.published = "2022-02-16T11:00:00Z";
  return c;
}

TEST_CASE("RelateAcrossArticles: a negated pullback disputes the pullback, naming outlet and date",
          "[link]") {
  CrossArticleResult r = RelateAcrossArticles(
      kBorder, BorderStatements(), 0,
      {Earlier(7, 3, "Moscow", "Russian troops are pulling back from the border")});
  CHECK(r.join_claim == 0);
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].relation == Relation::kDisputes);
  CHECK(r.links[0].rule == "cross-article-contradiction");
  CHECK_THAT(r.links[0].reason,
             Catch::StartsWith("Jens Stoltenberg's \"NATO has seen no sign") &&
                 Catch::Contains("contradicts Moscow's \"Russian troops are pulling back") &&
                 Catch::Contains("(Eastern Daily, 2022-02-16)"));
}

TEST_CASE("RelateAcrossArticles: a restatement joins the claim and supports it once per claim",
          "[link]") {
  CrossArticleResult r = RelateAcrossArticles(
      kBorder, BorderStatements(), 1,
      {Earlier(7, 3, "Moscow", "Russian troops are pulling back from the border"),
       Earlier(8, 3, "Interfax", "Russian troops are pulling back from the border area")});
  CHECK(r.join_claim == 3);
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].relation == Relation::kSupports);
  CHECK(r.links[0].rule == "cross-article-restatement");
}

TEST_CASE("RelateAcrossArticles: the same words about another country link nothing", "[link]") {
  const std::string text = "Lund said Talmark is withdrawing its troops from the border.";
  std::vector<Statement> statements = testing::BuildAll(
      text, {{"lund", "Talmark is withdrawing its troops from the border",
              "Talmark is withdrawing its troops from the border", "Lund", "said", "Sarah Lund",
              "say"}});
  CrossArticleResult r = RelateAcrossArticles(
      text, statements, 0,
      {Earlier(7, 3, "Ruth Brennan", "there is no sign that Dunmark is withdrawing troops from the border"),
       Earlier(8, 4, "Omar Novak", "Dunmark is withdrawing its troops from the border")});
  CHECK(r.join_claim == 0);
  CHECK(r.links.empty());
}

}  // namespace
TEST_CASE("RelateAcrossArticles: a negated wish does not deny what was wished", "[link]") {
  // Real FNC-1 text: the men's complaint agrees that men sat next to their
  // wives; only a statement that they did not sit there contradicts it.
  const std::string text =
      "Hamid said the men did not want their wives sitting next to other men. "
      "Hamid said the men were not sitting next to their wives.";
  std::vector<Statement> statements = testing::BuildAll(
      text,
      {{"wish", "the men did not want their wives sitting next to other men",
        "the men did not want their wives sitting next to other men", "Hamid", "said",
        "Hamid", "say"},
       {"fact", "the men were not sitting next to their wives",
        "the men were not sitting next to their wives", "Hamid", "said", "Hamid", "say"}});
  const std::vector<Candidate> earlier = {
      Earlier(7, 3, "passengers", "men were sitting next to their wives on the flights")};
  CHECK(RelateAcrossArticles(text, statements, 0, earlier).links.empty());
  CrossArticleResult fact = RelateAcrossArticles(text, statements, 1, earlier);
  REQUIRE(fact.links.size() == 1);
  CHECK(fact.links[0].relation == Relation::kDisputes);
}

TEST_CASE("RelateAcrossArticles: not wanting something disputes wanting it", "[link]") {
  const std::string text = "Simone said Manson does not want to marry Burton.";
  std::vector<Statement> statements = testing::BuildAll(
      text, {{"simone", "Manson does not want to marry Burton", "Manson does not want to marry Burton",
              "Simone", "said", "Simone", "say"}});
  CrossArticleResult r = RelateAcrossArticles(
      text, statements, 0, {Earlier(7, 3, "Star", "Manson wants to marry Burton next month")});
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].relation == Relation::kDisputes);
}

TEST_CASE("RelateAcrossArticles: 'with no' negates its noun phrase, not the verb after it",
          "[link]") {
  const std::string text =
      "Officials said a seventh son born after six boys with no girls in between becomes a werewolf.";
  std::vector<Statement> statements = testing::BuildAll(
      text, {{"officials", "a seventh son born after six boys with no girls in between becomes a werewolf",
              "a seventh son born after six boys with no girls in between becomes a werewolf",
              "Officials", "said", "Officials", "say"}});
  CrossArticleResult r = RelateAcrossArticles(
      text, statements, 0,
      {Earlier(7, 3, "Legend", "the seventh son born after six boys becomes a werewolf")});
  for (const CrossLink& link : r.links) CHECK(link.relation != Relation::kDisputes);
  CrossArticleResult denied = RelateAcrossArticles(
      text, statements, 0,
      {Earlier(8, 4, "Skeptics", "the seventh son born after six boys never becomes a werewolf")});
  REQUIRE(denied.links.size() == 1);
  CHECK(denied.links[0].relation == Relation::kDisputes);
}

}  // namespace claimgraph::link
