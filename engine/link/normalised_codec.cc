// EncodeNormalised / DecodeNormalised: the stored form of a statement's
// normalised content (relation.h).
//
// Format "N1" then, in order: six flags ('0'/'1': negative, hedged, debunks,
// negated, core_negated, anaphor); the lemmas, the core lemmas and the
// occurrences, each a count then its items; then the numbers and the names.
// Every string is length-prefixed ("6,russia"), so any byte may appear in a
// lemma; integers end at ','. Decoding checks every length against the input
// and rejects trailing bytes, so a damaged or foreign value is refused (the
// caller then analyses the content again) rather than misread.
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "link/relation.h"

namespace claimgraph::link {
namespace {

constexpr std::string_view kVersion = "N1";

// Far above any real content; a count beyond it means a damaged value.
constexpr std::size_t kMaxItems = 1 << 16;

class Writer {
 public:
  void Flag(bool value) { out_ += value ? '1' : '0'; }
  void Int(long long value) {
    out_ += std::to_string(value);
    out_ += ',';
  }
  void Str(std::string_view s) {
    Int(static_cast<long long>(s.size()));
    out_.append(s);
  }
  void Lemmas(const std::vector<Lemma>& lemmas) {
    Int(static_cast<long long>(lemmas.size()));
    for (const Lemma& lemma : lemmas) {
      Flag(lemma.predicate);
      Str(lemma.text);
    }
  }
  void Strings(const std::vector<std::string>& strings) {
    Int(static_cast<long long>(strings.size()));
    for (const std::string& s : strings) Str(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool Flag(bool* value) {
    if (pos_ >= in_.size() || (in_[pos_] != '0' && in_[pos_] != '1')) return false;
    *value = in_[pos_++] == '1';
    return true;
  }
  bool Int(long long* value) {
    const char* first = in_.data() + pos_;
    const char* last = in_.data() + in_.size();
    auto [end, error] = std::from_chars(first, last, *value);
    if (error != std::errc() || end == last || *end != ',') return false;
    pos_ += static_cast<std::size_t>(end - first) + 1;
    return true;
  }
  bool Count(std::size_t* count) {
    long long n = 0;
    if (!Int(&n) || n < 0 || static_cast<std::size_t>(n) > kMaxItems) return false;
    *count = static_cast<std::size_t>(n);
    return true;
  }
  bool Str(std::string* s) {
    std::size_t n = 0;
    if (!Count(&n) || n > in_.size() - pos_) return false;
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool Lemmas(std::vector<Lemma>* lemmas) {
    std::size_t n = 0;
    if (!Count(&n)) return false;
    lemmas->resize(n);
    for (Lemma& lemma : *lemmas) {
      if (!Flag(&lemma.predicate) || !Str(&lemma.text)) return false;
    }
    return true;
  }
  bool Strings(std::vector<std::string>* strings) {
    std::size_t n = 0;
    if (!Count(&n)) return false;
    strings->resize(n);
    for (std::string& s : *strings) {
      if (!Str(&s)) return false;
    }
    return true;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string EncodeNormalised(const NormalisedContent& content) {
  const ContentAnalysis& a = content.analysis;
  Writer w;
  w.Str(kVersion);
  for (bool flag : {content.negative, content.hedged, content.debunks, a.negated, a.core_negated,
                    a.anaphor}) {
    w.Flag(flag);
  }
  w.Lemmas(a.lemmas);
  w.Lemmas(a.core);
  w.Int(static_cast<long long>(a.occurrences.size()));
  for (const Occurrence& o : a.occurrences) {
    w.Flag(o.lemma.predicate);
    w.Flag(o.negated);
    w.Flag(o.conditional);
    w.Int(o.clause);
    w.Str(o.lemma.text);
  }
  w.Strings(content.numbers);
  w.Strings(content.names);
  return w.Take();
}

bool DecodeNormalised(std::string_view encoded, NormalisedContent* content) {
  NormalisedContent out;
  ContentAnalysis& a = out.analysis;
  Reader r(encoded);
  std::string version;
  if (!r.Str(&version) || version != kVersion) return false;
  for (bool* flag : {&out.negative, &out.hedged, &out.debunks, &a.negated, &a.core_negated,
                     &a.anaphor}) {
    if (!r.Flag(flag)) return false;
  }
  if (!r.Lemmas(&a.lemmas) || !r.Lemmas(&a.core)) return false;
  std::size_t occurrences = 0;
  if (!r.Count(&occurrences)) return false;
  a.occurrences.resize(occurrences);
  for (Occurrence& o : a.occurrences) {
    long long clause = 0;
    if (!r.Flag(&o.lemma.predicate) || !r.Flag(&o.negated) || !r.Flag(&o.conditional) ||
        !r.Int(&clause) || !r.Str(&o.lemma.text)) {
      return false;
    }
    o.clause = static_cast<int>(clause);
  }
  if (!r.Strings(&out.numbers) || !r.Strings(&out.names) || !r.AtEnd()) return false;
  *content = std::move(out);
  return true;
}

}  // namespace claimgraph::link
