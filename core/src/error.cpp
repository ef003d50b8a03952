#include "mars5/error.h"
#include "failure.h"

namespace mars5 {

const char* toString(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidArgument: return "invalid argument";
    case ErrorKind::Io: return "I/O error";
    case ErrorKind::Format: return "format error";
    case ErrorKind::Unsupported: return "unsupported";
    case ErrorKind::Cancelled: return "cancelled";
    case ErrorKind::Internal: return "internal error";
    }
    return "error";
}

Error Error::said(ErrorKind kind, Notice notice) {
    std::string message = notice.text();
    return Error{kind, std::move(message), std::move(notice)};
}

}  // namespace mars5

std::string mars5::withoutBacktrace(const char* what) {
    std::string text = what ? what : "";
    for (const char* marker : {"\nException raised from", "Exception raised from"}) {
        const auto at = text.find(marker);
        if (at != std::string::npos) text.erase(at);
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text.empty() ? std::string("unknown internal error") : text;
}
