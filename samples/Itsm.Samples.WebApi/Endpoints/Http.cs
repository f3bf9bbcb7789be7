using System;
using System.Globalization;
using System.Linq;
using Itsm.Core;
using Itsm.Samples.WebApi.Domain;
using Microsoft.AspNetCore.Http;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>The caller named no user, or one the directory does not know.</summary>
internal sealed class UnknownCallerException(string message) : Exception(message);

/// <summary>What every endpoint reads from the request beside its body: who calls and which version they last saw.</summary>
internal static class Http
{
    /// <summary>The acting user, from the <see cref="UserDirectory.Header"/> header.</summary>
    /// <exception cref="UnknownCallerException">The header is missing or names an unknown user.</exception>
    public static Actor Caller(HttpContext context, UserDirectory users)
    {
        string? id = context.Request.Headers[UserDirectory.Header].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UnknownCallerException($"The request names no user: send the {UserDirectory.Header} header with a user id.");
        }

        return users.TryFind(id, out var actor)
            ? actor
            : throw new UnknownCallerException($"{UserDirectory.Header} '{id}' is not a user of this service desk.");
    }

    /// <summary>The version the caller last saw, from an <c>If-Match</c> header holding an ETag this API gave
    /// (<c>"3"</c>); null when the header is absent or <c>*</c> (any version).</summary>
    /// <exception cref="ArgumentException">The header is not one ETag this API gives.</exception>
    public static long? ExpectedVersion(HttpContext context)
    {
        string? value = context.Request.Headers.IfMatch.FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        string text = value.Trim();
        if (text == "*")
        {
            return null;
        }
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out long version)
            && version > 0)
        {
            return version;
        }

        throw new ArgumentException($"If-Match '{value}' is not an ETag this API gives: a record's version in quotes, for example \"3\".");
    }

    /// <summary>Sets the record's version as its ETag.</summary>
    public static void Tag(HttpContext context, long version) =>
        context.Response.Headers.ETag = "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Reads an enum member by name, naming the allowed names when the text is none of them.</summary>
    /// <exception cref="ArgumentException">The text is not a member's name.</exception>
    public static TEnum Parse<TEnum>(string? text, string field)
        where TEnum : struct, Enum
    {
        if (text is not null && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]) && text[0] != '-')
        {
            return value;
        }

        throw new ArgumentException($"{field} '{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.", field);
    }

    /// <summary>Requires a field of a body.</summary>
    /// <exception cref="ArgumentException">The field is missing or blank.</exception>
    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{field} is required.", field) : value;
}
