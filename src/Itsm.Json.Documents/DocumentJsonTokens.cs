using Itsm.Core;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Documents;

/// <summary>The values the document converters read and write besides <see cref="JsonTokens"/>: dates, periods and
/// optional members, with errors that name the JSON path.</summary>
internal static class DocumentJsonTokens
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Period(Period period) => PeriodPattern.Roundtrip.Format(period);

    public static Period ReadPeriod(JToken token)
    {
        string text = Text(token);
        var result = PeriodPattern.Roundtrip.Parse(text);
        return result.Success ? result.Value : throw Error(token, $"'{text}' is not a period such as \"P3Y\" or \"P1Y6M\"");
    }

    public static LocalDate? OptionalDate(JObject parent, string name) => parent[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        var value => ReadDate(value),
    };

    public static Actor? OptionalActor(JObject parent, string name) => parent[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        var value => ReadActor(value),
    };

    public static JToken OrNull<T>(T? value, System.Func<T, JToken> write)
        where T : struct => value is { } v ? write(v) : JValue.CreateNull();

    public static JToken OrNull<T>(T? value, System.Func<T, JToken> write)
        where T : class => value is { } v ? write(v) : JValue.CreateNull();
}
