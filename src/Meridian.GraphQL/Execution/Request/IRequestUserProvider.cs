using System.Security.Claims;

namespace Meridian.Execution;

/// <summary>
/// Supplies a request's user when the operation first asks for it (<see cref="OperationRequest.User"/>). A transport
/// whose user costs something to produce (ASP.NET Core creates an empty principal when no one signed in) passes
/// this instead of the principal, so that operations that never look at the user do not pay for it.
/// </summary>
public interface IRequestUserProvider
{
    ClaimsPrincipal? GetUser();
}
