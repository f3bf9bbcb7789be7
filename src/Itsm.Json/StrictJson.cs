using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using StjJsonException = System.Text.Json.JsonException;
using Utf8JsonReader = System.Text.Json.Utf8JsonReader;
using JsonReaderOptions = System.Text.Json.JsonReaderOptions;
using JsonTokenType = System.Text.Json.JsonTokenType;

namespace Itsm.Json;

/// <summary>
/// Checks that a document is strict JSON (RFC 8259) before Newtonsoft.Json, which is lenient, reads it: one value, no
/// comments, strings and names in double quotes, no trailing commas, no <c>NaN</c>, <c>Infinity</c> or
/// <c>undefined</c>, no name twice in one object, nothing after the value. The syntax is checked by the framework's
/// <see cref="Utf8JsonReader"/> (strict by default, no dependency); this class adds the duplicate names and says
/// where and what, in Newtonsoft's terms (<see cref="JsonReaderException"/> with the path, line and position).
/// </summary>
internal static class StrictJson
{
    /// <summary>Refuses <paramref name="json"/> unless it is one strict JSON value within <paramref name="limits"/>.</summary>
    /// <exception cref="JsonReaderException">The document is empty, longer than the limit, not strict JSON, nests deeper,
    /// holds a longer string or array than the limits allow, names a property twice in one object or holds a number no
    /// decimal holds; the message gives the path.</exception>
    public static void Check(string json, JsonReadLimits limits)
    {
        if (json.Length > limits.MaxDocumentLength)
        {
            throw new JsonReaderException(
                string.Create(CultureInfo.InvariantCulture, $"The document has {json.Length} characters, more than the {limits.MaxDocumentLength} its limits allow (JsonReadLimits.MaxDocumentLength)."),
                string.Empty,
                1,
                0,
                null);
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            throw new JsonReaderException(
                "The document is empty; a JSON document holds one value, such as an object.", string.Empty, 1, 0, null);
        }

        byte[] utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            int length = Encoding.UTF8.GetBytes(json, utf8);
            Check(utf8.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static void Check(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        int maxDepth = limits.MaxDepth;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = PathTracker.Start();
        try
        {
            while (reader.Read())
            {
                if (!path.Enter(ref reader))
                {
                    throw Refused(utf8, ref reader, path, $"The document is not strict JSON: it names the property '{reader.GetString()}' twice in one object");
                }

                if (reader.TokenType == JsonTokenType.Number && !reader.TryGetDecimal(out _) && IsFraction(reader.ValueSpan))
                {
                    throw Refused(utf8, ref reader, path, string.Create(CultureInfo.InvariantCulture, $"The document holds the number {Encoding.UTF8.GetString(reader.ValueSpan)}, which no decimal holds (numbers with a fraction or an exponent are read as decimals: at most 28 significant digits, up to about 7.9E+28)"));
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueSpan.Length > limits.MaxStringLength)
                {
                    throw Refused(utf8, ref reader, path, string.Create(CultureInfo.InvariantCulture, $"The document holds a string of {reader.ValueSpan.Length} bytes, more than the {limits.MaxStringLength} its limits allow (JsonReadLimits.MaxStringLength)"));
                }

                if (path.ItemsOfLastArray > limits.MaxArrayLength)
                {
                    throw Refused(utf8, ref reader, path, string.Create(CultureInfo.InvariantCulture, $"The document holds an array of more than the {limits.MaxArrayLength} items its limits allow (JsonReadLimits.MaxArrayLength)"));
                }
            }
        }
        catch (StjJsonException error)
        {
            int line = checked((int)(error.LineNumber ?? 0)) + 1;
            int position = checked((int)(error.BytePositionInLine ?? 0)) + 1;
            string what = reader.CurrentDepth >= maxDepth
                ? string.Create(CultureInfo.InvariantCulture, $"it nests deeper than {maxDepth} levels")
                : Explain(utf8, error, path);
            throw new JsonReaderException(
                string.Create(CultureInfo.InvariantCulture, $"The document is not strict JSON: {what}. Path '{path}', line {line}, position {position}."),
                path.ToString(),
                line,
                position,
                error);
        }
    }

    /// <summary>Says in a reader's words what made the syntax check fail.</summary>
    private static string Explain(ReadOnlySpan<byte> utf8, StjJsonException error, PathTracker path)
    {
        int offset = Offset(utf8, error);
        int at = SkipWhitespace(utf8, offset);
        int before = PreviousNonWhitespace(utf8, Math.Min(offset, utf8.Length) - 1);
        byte next = at < utf8.Length ? utf8[at] : (byte)0;
        byte previous = before >= 0 ? utf8[before] : (byte)0;
        return next switch
        {
            _ when path.Done => "there is content after the document's value",
            (byte)'/' => "it has a comment, and JSON has none",
            (byte)'\'' => "it has a single-quoted string; JSON strings and names use double quotes",
            (byte)'}' or (byte)']' when previous == (byte)',' => "it has a comma before a closing bracket (a trailing comma)",
            _ when IsNameStart(next) && path.InObject && (previous == (byte)'{' || previous == (byte)',') =>
                "it has a property name without quotes; JSON names use double quotes",
            (byte)'N' or (byte)'I' or (byte)'u' or (byte)'-' when IsNameStart(At(utf8, at + (next == (byte)'-' ? 1 : 0))) =>
                "it has a literal JSON does not have (NaN, Infinity and undefined are not JSON)",
            _ => Framework(error.Message),
        };
    }

    /// <summary>The one-based line and position (in bytes) of an offset, lines counted by <c>\n</c>.</summary>
    private static (int Line, int Position) LineAndPosition(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        int start = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, offset - start + 1);
    }

    /// <summary>The refusal of the token the reader is on, with its path, line and position.</summary>
    private static JsonReaderException Refused(ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, PathTracker path, string what)
    {
        var (line, position) = LineAndPosition(utf8, checked((int)reader.TokenStartIndex));
        return new JsonReaderException(
            string.Create(CultureInfo.InvariantCulture, $"{what}. Path '{path}', line {line}, position {position}."),
            path.ToString(),
            line,
            position,
            null);
    }

    /// <summary>Whether a number has a fraction or an exponent: Json.NET reads those as decimals, the others as integers.</summary>
    private static bool IsFraction(ReadOnlySpan<byte> number) => number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0;

    private static byte At(ReadOnlySpan<byte> utf8, int index) => index < utf8.Length ? utf8[index] : (byte)0;

    /// <summary>The framework's message without its zero-based position (the exception gives one-based ones).</summary>
    private static string Framework(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static bool IsNameStart(byte value) =>
        value is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_' or (byte)'$';

    /// <summary>The byte offset of the failure: the framework counts lines by <c>\n</c> and positions in bytes.</summary>
    private static int Offset(ReadOnlySpan<byte> utf8, StjJsonException error)
    {
        long line = error.LineNumber ?? 0;
        int offset = 0;
        for (long i = 0; i < line; i++)
        {
            int newline = utf8[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return utf8.Length;
            }

            offset += newline + 1;
        }

        return (int)Math.Min(utf8.Length, offset + (error.BytePositionInLine ?? 0));
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> utf8, int index)
    {
        while (index < utf8.Length && utf8[index] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            index++;
        }

        return index;
    }

    private static int PreviousNonWhitespace(ReadOnlySpan<byte> utf8, int index)
    {
        while (index >= 0 && utf8[index] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            index--;
        }

        return index;
    }

    /// <summary>Where the reader is, as Newtonsoft writes a path (<c>week.Monday[0][1]</c>), and the names each open
    /// object has had. One per thread, reused (its levels and their name sets too), so that a check allocates little
    /// more than the names it reads.</summary>
    private sealed class PathTracker
    {
        [ThreadStatic]
        private static PathTracker? _current;

        private readonly List<Level> _levels = [];
        private int _depth;

        /// <summary>Gets whether the root value has been read whole.</summary>
        public bool Done { get; private set; }

        /// <summary>Gets whether the innermost open container is an object.</summary>
        public bool InObject => _depth > 0 && _levels[_depth - 1].IsObject;

        /// <summary>The calling thread's tracker, emptied.</summary>
        public static PathTracker Start()
        {
            var tracker = _current ??= new PathTracker();
            tracker._depth = 0;
            tracker.Done = false;
            tracker.ItemsOfLastArray = 0;
            return tracker;
        }

        /// <summary>Follows one token; false when it is a property name the object already has.</summary>
        public bool Enter(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Value();
                    Open(isObject: true);
                    return true;
                case JsonTokenType.StartArray:
                    Value();
                    Open(isObject: false);
                    return true;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    _depth--;
                    Done = _depth == 0;
                    return true;
                case JsonTokenType.PropertyName:
                    var level = _levels[_depth - 1];
                    level.Name = reader.GetString()!;
                    return level.Names.Add(level.Name);
                default:
                    Value();
                    Done = _depth == 0;
                    return true;
            }
        }

        private void Open(bool isObject)
        {
            if (_depth == _levels.Count)
            {
                _levels.Add(new Level());
            }

            _levels[_depth++].Reset(isObject);
        }

        /// <summary>Gets how many items the array that received the last value has read so far; 0 when the last token
        /// was not a value in an array.</summary>
        public int ItemsOfLastArray { get; private set; }

        /// <summary>A value starts: in an array it is the next element.</summary>
        private void Value()
        {
            if (_depth > 0 && !_levels[_depth - 1].IsObject)
            {
                ItemsOfLastArray = ++_levels[_depth - 1].Index + 1;
            }
            else
            {
                ItemsOfLastArray = 0;
            }
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            for (int i = 0; i < _depth; i++)
            {
                var level = _levels[i];
                if (!level.IsObject)
                {
                    if (level.Index >= 0)
                    {
                        text.Append('[').Append(level.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    }
                }
                else if (level.Name is { } name)
                {
                    if (name.Length > 0 && IsPlain(name))
                    {
                        text.Append(text.Length > 0 ? "." : string.Empty).Append(name);
                    }
                    else
                    {
                        text.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                    }
                }
            }

            return text.ToString();
        }

        private static bool IsPlain(string name)
        {
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c) && c is not '_' and not '$')
                {
                    return false;
                }
            }

            return true;
        }

        private sealed class Level
        {
            public HashSet<string> Names { get; private set; } = new(StringComparer.Ordinal);

            public bool IsObject { get; private set; }

            public string? Name { get; set; }

            public int Index { get; set; }

            public void Reset(bool isObject)
            {
                IsObject = isObject;
                Name = null;
                Index = -1;
                if (Names.Count > 256)
                {
                    Names = new HashSet<string>(StringComparer.Ordinal);   // a large object once must not cost every reuse
                }
                else
                {
                    Names.Clear();
                }
            }
        }
    }
}
