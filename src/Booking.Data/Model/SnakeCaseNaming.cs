using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Booking.Data.Model;

/// <summary>
/// Gives every column the snake_case name the SQL migrations use. Durations are stored as whole seconds, so their
/// columns say so (<c>slot_step_seconds</c>).
/// </summary>
internal static class SnakeCaseNaming
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                var column = ToSnakeCase(property.Name);
                if (property.ClrType == typeof(TimeSpan))
                {
                    column += "_seconds";
                }
                else if (property.Name is "Start" or "End")
                {
                    // START and END are SQL keywords; the _at suffix also says these are instants.
                    column += "_at";
                }

                property.SetColumnName(column);
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(character));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
