// Inside core, errors travel as exceptions (Failure) so deep parsing code stays
// readable; guarded() turns them, and anything libtorch or the standard library
// throws, into a Result at the public API boundary.
#pragma once

#include "mars5/error.h"

#include <exception>
#include <new>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace mars5 {

class Failure : public std::runtime_error {
public:
    Failure(ErrorKind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind) {}
    Failure(ErrorKind kind, Notice notice)
        : std::runtime_error(notice.text()), m_kind(kind), m_notice(std::move(notice)) {}
    ErrorKind kind() const { return m_kind; }
    const Notice& notice() const { return m_notice; }

private:
    ErrorKind m_kind;
    Notice m_notice;
};

// libtorch's words for an operation it has no kernel for in some dtype on some device
// ("\"addmm_impl_cpu_\" not implemented for 'Half'"): what a reduced precision runs into, unlike
// running out of GPU memory or a bug, which must keep their own messages.
inline bool isMissingKernelError(const std::exception& e) {
    return std::string(e.what()).find("not implemented for") != std::string::npos;
}

[[noreturn]] inline void fail(ErrorKind kind, const std::string& message) {
    throw Failure(kind, message);
}

// A message the studio translates: the pattern is marked for lupdate where it is written.
[[noreturn]] inline void fail(ErrorKind kind, Notice notice) {
    throw Failure(kind, std::move(notice));
}

// Passes on an Error from a public call inside core, its notice with it.
[[noreturn]] inline void fail(const Error& error) {
    if (!error.notice.pattern.empty()) throw Failure(error.kind, error.notice);
    throw Failure(error.kind, error.message);
}

// libtorch appends a C++ backtrace to its messages; a user needs only the first part.
std::string withoutBacktrace(const char* what);

// Runs fn() and returns its value, or the Error it raised. Only standard-library
// exception types are named here, so this header stays free of torch: c10::Error
// derives from std::exception and is reported as Internal with its own text.
template <class Fn>
auto guarded(Fn&& fn) -> Result<decltype(fn())> {
    try {
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            return {};
        } else {
            return fn();
        }
    } catch (const Failure& f) {
        return Error{f.kind(), f.what(), f.notice()};
    } catch (const std::bad_alloc&) {
        return Error{ErrorKind::Internal, "out of memory"};
    } catch (const std::exception& e) {
        return Error{ErrorKind::Internal, withoutBacktrace(e.what())};
    } catch (...) {
        return Error{ErrorKind::Internal, "unknown internal error"};
    }
}

}  // namespace mars5
