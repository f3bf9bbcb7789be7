using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>
/// Every documented refusal as a problem (RFC 9457), one status per kind of refusal: 400 bad input (an argument the
/// package refuses, a body or header that does not read), 401 no known caller, 403 not authorised (the role policy),
/// 404 unknown id, 409 a refused transition or a stale version. The detail is the package's message, which names the
/// record, the value and the rule; the extensions carry the rule's parts for a client to act on.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The problem types, as URNs: stable names a client can switch on.</summary>
    public const string BadInput = "urn:itsm:problem:bad-input";

    public const string UnknownCaller = "urn:itsm:problem:unknown-caller";

    public const string NotAuthorised = "urn:itsm:problem:not-authorised";

    public const string NotFound = "urn:itsm:problem:not-found";

    public const string InvalidTransition = "urn:itsm:problem:invalid-transition";

    public const string StaleVersion = "urn:itsm:problem:stale-version";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null)
        {
            return false; // not a documented refusal: the default handler answers 500 without details
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    /// <summary>The problem for an exception; null for one that is not a documented refusal.</summary>
    public static ProblemDetails? Map(Exception exception)
    {
        switch (exception)
        {
            case UnknownCallerException e:
                return Problem(StatusCodes.Status401Unauthorized, UnknownCaller, "No known caller", e.Message);
            case CommandNotAuthorizedException e:
                var forbidden = Problem(StatusCodes.Status403Forbidden, NotAuthorised, "Not authorised", e.Message);
                forbidden.Extensions["command"] = e.Command;
                forbidden.Extensions["requiredRoles"] = e.RequiredRoles.Select(r => r.Name).ToArray();
                forbidden.Extensions["rules"] = e.Rules.ToArray();
                return forbidden;
            case RecordNotFoundException e:
                return Problem(StatusCodes.Status404NotFound, NotFound, "Unknown id", e.Message);
            case InvalidTransitionException e:
                var refused = Problem(StatusCodes.Status409Conflict, InvalidTransition, "Command refused in this state", e.Message);
                refused.Extensions["state"] = e.State;
                refused.Extensions["trigger"] = e.Trigger;
                refused.Extensions["rule"] = e.Rule;
                return refused;
            case ConcurrencyConflictException e:
                var stale = Problem(StatusCodes.Status409Conflict, StaleVersion, "Stale version", e.Message);
                stale.Extensions["expectedVersion"] = e.ExpectedVersion;
                return stale;
            case ArgumentException e:
                var bad = Problem(StatusCodes.Status400BadRequest, BadInput, "Bad input", e.Message);
                bad.Extensions["parameter"] = e.ParamName;
                return bad;
            case BadHttpRequestException e:
                return Problem(e.StatusCode, BadInput, "Bad request", e.Message);
            default:
                return null;
        }
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
