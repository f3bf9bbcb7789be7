using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Itsm.Testing.Fuzzing;

/// <summary>
/// Applies <see cref="JsonMutation"/>s to a JSON document: structural changes on its token tree, then edits of its text.
/// Deterministic: the same document and mutations give the same result.
/// </summary>
public static class JsonMutator
{
    /// <summary>The values a <see cref="JsonMutationKind.ReplaceValue"/> or <see cref="JsonMutationKind.AddProperty"/>
    /// puts in a document: numbers at and past every size and sign, fractions where whole numbers belong, booleans,
    /// null, strings that look like enum names, dates, instants and durations at and past the edges of time, empty and
    /// long strings, arrays and objects.</summary>
    public static IReadOnlyList<string> HostileValues { get; } =
    [
        "0", "-1", "-7", "1", "2", "3", "5", "99", "100", "101", "1.4", "-0.5", "1E+38", "-1E+38", "3.4E+29", "4E+36",
        "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001", "1E-30",
        "true", "false", "null", "\"\"", "\" \"", "\"x\"", "\"P1\"", "\"P9\"", "\"Infinity\"", "\"NaN\"", "\"-1\"", "\"1E+38\"",
        "\"9999-12-31\"", "\"0001-01-01\"", "\"1626-05-01\"", "\"2250-01-01\"", "\"1699-12-31\"",
        "\"9999-12-31T23:59:59Z\"", "\"1626-05-01T00:00:00Z\"", "\"2425-01-01T00:00:00Z\"", "\"1700-01-01T00:00:00Z\"",
        "\"2250-01-01T00:00:00Z\"", "\"-9998-01-01T00:00:00Z\"", "\"2026-03-02T09:00:00+08:00\"",
        "\"777215:00:00:00\"", "\"16777215:23:59:59.999999999\"", "\"-0:01:00:00\"", "\"0:00:00:00\"", "\"36525:00:00:00\"",
        "\"Europe/Berln\"", "\"$type\"", "\"" + new string('x', 5_000) + "\"",
        "[]", "{}", "[1, 2]", "[null]", "{ \"a\": 1 }", "[[]]", "{ \"$type\": \"System.IO.FileInfo, System.IO\" }",
    ];

    /// <summary>The names a <see cref="JsonMutationKind.RenameProperty"/> or <see cref="JsonMutationKind.AddProperty"/>
    /// uses: unknown names, near misses of known ones, type metadata, the empty name.</summary>
    public static IReadOnlyList<string> HostileNames { get; } =
        ["extra", "$type", "$id", "$ref", "", "id ", "Id", "version", "state", "events", "type", "at", "by", "x"];

    private static readonly string[] TextInsertions = [",", "}", "]", "{", "[", "\"", "'", "/", "//c\n", "/*c*/", " ", "0", "-", "e", "u", "\\", "undefined", "NaN", "\u0000", "\uFFFF"];

    /// <summary>Applies mutations in order: structural ones to the token tree, then text edits to the written text.</summary>
    /// <param name="json">A JSON document, usually one the packages wrote.</param>
    /// <param name="mutations">The mutations.</param>
    /// <returns>The mutated text; the document itself when no mutation found a token to change.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonReaderException"><paramref name="json"/> is not JSON.</exception>
    public static string Apply(string json, IEnumerable<JsonMutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(mutations);
        var all = mutations.ToList();
        JToken root = Parse(json);
        foreach (var mutation in all.Where(m => m.Kind != JsonMutationKind.EditText))
        {
            root = Mutate(root, mutation);
        }

        string text = root.ToString(Formatting.None);
        foreach (var mutation in all.Where(m => m.Kind == JsonMutationKind.EditText))
        {
            text = EditText(text, mutation);
        }

        return text;
    }

    private static JToken Mutate(JToken root, JsonMutation m)
    {
        var tokens = Tokens(root).Where(t => t is not JProperty).ToList();
        switch (m.Kind)
        {
            case JsonMutationKind.ReplaceValue:
                return Replace(root, Pick(tokens, m.Target), Parse(Choose(HostileValues, m.Choice)));
            case JsonMutationKind.CopyValue:
                return Replace(root, Pick(tokens, m.Target), Choose(tokens, m.Choice).DeepClone());
            case JsonMutationKind.RemoveProperty:
                Pick(Tokens(root).OfType<JProperty>().ToList(), m.Target)?.Remove();
                return root;
            case JsonMutationKind.RenameProperty:
                if (Pick(Tokens(root).OfType<JProperty>().ToList(), m.Target) is { Parent: JObject owner } property)
                {
                    string name = Choose(HostileNames, m.Choice);
                    if (owner.Property(name, StringComparison.Ordinal) is null)
                    {
                        property.Replace(new JProperty(name, property.Value));
                    }
                }

                return root;
            case JsonMutationKind.AddProperty:
                if (Pick(Tokens(root).OfType<JObject>().ToList(), m.Target) is { } obj)
                {
                    string name = Choose(HostileNames, m.Choice);
                    if (obj.Property(name, StringComparison.Ordinal) is null)
                    {
                        obj.Add(name, Parse(Choose(HostileValues, m.Choice / HostileNames.Count)));
                    }
                }

                return root;
            case JsonMutationKind.RemoveItem:
                Pick(Items(root), m.Target)?.Remove();
                return root;
            case JsonMutationKind.DuplicateItem:
                if (Pick(Items(root), m.Target) is { } item)
                {
                    item.AddAfterSelf(item.DeepClone());
                }

                return root;
            case JsonMutationKind.SwapItems:
                if (Pick(Items(root), m.Target) is { Next: { } next } first)
                {
                    var copy = first.DeepClone();
                    first.Replace(next.DeepClone());
                    next.Replace(copy);
                }

                return root;
            case JsonMutationKind.ShiftNumber:
                return Pick(tokens.Where(t => t.Type is JTokenType.Integer or JTokenType.Float).ToList(), m.Target) is { } number
                    ? Replace(root, number, Parse(Shift(number.ToString(Formatting.None), m.Choice)))
                    : root;
            case JsonMutationKind.EditString:
                return Pick(tokens.Where(t => t.Type == JTokenType.String).ToList(), m.Target) is JValue { Value: string text } value
                    ? Replace(root, value, new JValue(EditString(text, m.Choice)))
                    : root;
            default:
                return root;
        }
    }

    /// <summary>Parses JSON keeping every string a string: instants stay the text the packages wrote, for
    /// <see cref="JsonMutationKind.EditString"/> to change.</summary>
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static List<JToken> Items(JToken root) => [.. Tokens(root).Where(t => t.Parent is JArray)];

    private static IEnumerable<JToken> Tokens(JToken root) => root is JContainer container ? container.DescendantsAndSelf() : [root];

    private static T Choose<T>(IReadOnlyList<T> options, int index) => options[(int)((uint)index % (uint)options.Count)];

    private static T? Pick<T>(IReadOnlyList<T> candidates, int index) =>
        candidates.Count == 0 ? default : candidates[(int)((uint)index % (uint)candidates.Count)];

    private static JToken Replace(JToken root, JToken? target, JToken value)
    {
        if (target is null)
        {
            return root;
        }

        if (ReferenceEquals(target, root))
        {
            return value;
        }

        target.Replace(value);
        return root;
    }

    private static string Shift(string number, int choice)
    {
        decimal value = decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0m;
        string shifted = ((uint)choice % 8) switch
        {
            0 => Try(() => value + 1),
            1 => Try(() => value - 1),
            2 => Try(() => -value),
            3 => Try(() => value * 1000),
            4 => Try(() => value * 1_000_000_000_000m),
            5 => Try(() => value + 0.5m),
            6 => number + "0000000000000000000000000000000",
            _ => Try(() => value / 7),
        };
        return shifted;

        static string Try(Func<decimal> f)
        {
            try
            {
                return f().ToString(CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                return "1E+38";
            }
        }
    }

    private static string EditString(string text, int choice)
    {
        uint c = (uint)choice;
        int at = text.Length == 0 ? 0 : (int)(c / 11 % (uint)text.Length);
        int year = text.Length >= 4 && text.Take(4).All(char.IsAsciiDigit) ? 4 : 0;
        return (c % 11) switch
        {
            // Years at and past the edges of time, where dates and instants begin with one.
            0 when year > 0 => "9999" + text[4..],
            1 when year > 0 => "1626" + text[4..],
            2 when year > 0 => "2425" + text[4..],
            3 when year > 0 => "0001" + text[4..],
            4 when text.Length > 0 && char.IsAsciiDigit(text[at]) => text[..at] + (char)('0' + ((text[at] - '0' + 1 + (int)(c / 7 % 9)) % 10)) + text[(at + 1)..],
            5 when text.Length > 0 => text.Remove(at, 1),
            6 when text.Length > 0 => text.Insert(at, text[at].ToString()),
            7 => string.Empty,
            8 => text + new string(text.Length > 0 ? text[^1] : 'x', 2_000),
            9 => string.Equals(text.ToUpperInvariant(), text, StringComparison.Ordinal) ? text.ToLowerInvariant() : text.ToUpperInvariant(),
            _ => text.Length > 0 ? text[..at] : "-",
        };
    }

    private static string EditText(string text, JsonMutation m)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int at = (int)((uint)m.Target % (uint)text.Length);
        uint c = (uint)m.Choice;
        return (c % 3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, TextInsertions[c / 3 % (uint)TextInsertions.Length]),
            _ => text[..at],
        };
    }
}
