// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace besuk {

// What went wrong, as a category the caller can branch on. The message is for people and already translated.
enum class ErrorCode {
    InvalidInput,   // malformed or out-of-range input; nothing was changed
    NotFound,       // the thing asked for does not exist
    RuleRefused,    // a facility rule refuses the request (hours, limits, inactive inmate, ...)
    SeeOfficer,     // refused for a reason the visitor must not be told (a ban)
    Conflict,       // the state changed under us (already admitted, already exists)
    NotInitialised, // the database has no facility yet
    KeyProblem,     // the facility's signing key is missing, unreadable or does not match
    Storage,        // the database failed (I/O, locked, corrupt, disk full)
};

struct Error {
    ErrorCode code;
    QString message; // in the user's language only
    QString detail;  // what a driver or the system said (often English): for logs, never shown in a message
};

// A value or an Error: the domain's one way of reporting failure.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const T *operator->() const { return &value(); }
    [[nodiscard]] T *operator->() { return &value(); }
    [[nodiscard]] const T &operator*() const & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done {};

// For operations that return nothing on success.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error{ErrorCode::Storage, {}, {}};
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {}) {
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace besuk
