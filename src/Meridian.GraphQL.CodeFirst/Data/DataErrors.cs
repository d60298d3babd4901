using Meridian.Errors;

namespace Meridian.CodeFirst.Data;

/// <summary>Builds the errors of the data middleware: a message, a stable code and the offending argument.</summary>
internal static class DataErrors
{
    public static GraphQLException Create(string code, string message, string? argument = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var builder = ErrorBuilder.New().SetMessage(message).SetCode(code);
        if (argument is not null)
        {
            builder.SetExtension("argument", argument);
        }

        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                builder.SetExtension(key, value);
            }
        }

        return new GraphQLException(builder.Build());
    }

    public static GraphQLException InvalidFilter(string message) => Create(DataErrorCodes.InvalidFilterValue, message, "where");
}
