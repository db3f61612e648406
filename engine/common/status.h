// Status and Result: how engine functions report failure at their boundaries.
//
// A Status is either ok or carries a Code and a human-readable message that
// names what failed (a file and line, a byte offset, a database path). Engine
// code returns Status or Result<T> instead of throwing across stage
// boundaries; third-party exceptions are caught inside the stage that uses
// the library. Propagate with CG_RETURN_IF_ERROR.
#ifndef CLAIMGRAPH_COMMON_STATUS_H_
#define CLAIMGRAPH_COMMON_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace claimgraph {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError, kAlreadyExists };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status AlreadyExists(std::string msg) {
    return Status(Code::kAlreadyExists, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "NotFound: <message>", or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none. value() on a failed
// Result is a programming error (asserts in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace claimgraph

#define CG_RETURN_IF_ERROR(expr)                   \
  do {                                             \
    ::claimgraph::Status cg_status_ = (expr);      \
    if (!cg_status_.ok()) return cg_status_;       \
  } while (0)

#endif  // CLAIMGRAPH_COMMON_STATUS_H_
