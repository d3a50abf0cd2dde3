// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small JSON reader and writer helpers for the Qt-free trials engine. Why not nlohmann-json
// (Debian nlohmann-json3-dev): engine/trials must also build on the GPU machines, which have CMake
// and nvcc but no Debian packages and nothing can be installed there; the scenario's model
// catalogue needs only objects, arrays, strings and numbers, which this reader covers (RFC 8259,
// without \u escapes beyond the Basic Multilingual Plane pairs).

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ea::trials {

class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    double number() const { return m_number; }
    bool boolean() const { return m_bool; }
    const std::string &string() const { return m_string; }
    const std::vector<JsonValue> &array() const { return m_array; }
    /** The member `key` of an object, or nullptr when absent (or when this is no object). */
    const JsonValue *find(std::string_view key) const;

    /** Parses text; on failure returns false and sets *error to "offset N: reason". */
    static bool parse(std::string_view text, JsonValue *out, std::string *error);

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0.0;
    std::string m_string;
    std::vector<JsonValue> m_array;
    std::vector<std::pair<std::string, JsonValue>> m_members;
};

/** s as a JSON string literal, quotes included. */
std::string jsonQuote(std::string_view s);
/** v as a JSON number (null for NaN/infinity, which JSON cannot hold). */
std::string jsonNumber(double v);

} // namespace ea::trials
