// Error values of the public API: no exception ever leaves libmars5core.
// Every failing call returns a Result holding an Error whose message names the
// file (or argument) and says what is wrong in words a voice designer can act on.
#pragma once

#include "mars5/notice.h"

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace mars5 {

enum class ErrorKind {
    InvalidArgument,  // the caller asked for something impossible (bad option, empty text)
    Io,               // a file could not be opened, read or written
    Format,           // a file was read but its content is malformed or not what was expected
    Unsupported,      // a valid file using a feature this build does not handle
    Cancelled,        // the user cancelled a long operation
    Internal,         // a bug or an unexpected library failure
};

const char* toString(ErrorKind kind);

struct Error {
    Error() = default;
    Error(ErrorKind kind, std::string message, Notice notice = {})
        : kind(kind), message(std::move(message)), notice(std::move(notice)) {}

    ErrorKind kind = ErrorKind::Internal;
    std::string message;  // in English: what the CLI prints and the tests read
    // The same message as a pattern and its values, for a front end to say in its language;
    // an empty pattern where it has none (a file format's inner details, a library's own words).
    Notice notice;

    // An error said by a Notice: its message is the notice's English.
    static Error said(ErrorKind kind, Notice notice);
};

// A value or an Error (std::expected is C++23; GCC 12 builds this project in C++20).
inline const std::string& emptyMessage() {
    static const std::string empty;
    return empty;
}

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<T>(m_state); }
    const T& value() const& { assert(ok()); return std::get<T>(m_state); }
    T&& value() && { assert(ok()); return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<Error>(m_state); }
    // The error's message, or an empty string on success (safe in messages built either way).
    const std::string& message() const { return ok() ? emptyMessage() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(!ok()); return m_error; }
    const std::string& message() const { return m_error.message; }  // empty on success

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace mars5
