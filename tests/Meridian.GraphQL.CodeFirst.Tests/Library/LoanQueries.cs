namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[QueryType]
[Authorize(Roles = ["Librarian"])]
public static class LoanQueries
{
    /// <summary>Every loan (librarians only).</summary>
    public static IReadOnlyList<Loan> GetLoans(LibraryData data) => data.Loans;
}
