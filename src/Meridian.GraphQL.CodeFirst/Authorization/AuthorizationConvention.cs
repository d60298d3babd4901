using Meridian.Language;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Authorization in Hot Chocolate's shape: <c>[Authorize]</c> attributes become applied <c>@authorize</c>
/// directives (public, so they print in SDL) on object types and fields — a resolver class's attribute on each of
/// its fields — and every object field with an <c>@authorize</c> of its own or of its type (unless it allows
/// anonymous access) gets middleware that evaluates them.
/// </summary>
internal static class AuthorizationConvention
{
    public const string AllowAnonymousKey = "Meridian.CodeFirst.AllowAnonymous";

    /// <summary>Applies the directives from attributes; without <c>AddAuthorization()</c> an attribute is a schema error.</summary>
    public static void Apply(DescriptorContext context)
    {
        var enabled = context.Options.IsAuthorizationEnabled;
        if (enabled)
        {
            AddDefinitions(context);
        }

        foreach (var type in context.ObjectTypes)
        {
            if (type.RuntimeType is { } runtimeType)
            {
                AddDirectives(context, enabled, type.Configuration.Directives, AuthorizationAttributes.Read(runtimeType), type.Name);
            }

            foreach (var field in type.Fields)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                if (field.SourceType is { } source && source != type.RuntimeType)
                {
                    AddDirectives(context, enabled, field.Configuration.Directives, AuthorizationAttributes.Read(source), coordinate);
                }

                if (field.Member is { } member)
                {
                    AddDirectives(context, enabled, field.Configuration.Directives, AuthorizationAttributes.Read(member), coordinate);
                    if (AuthorizationAttributes.AllowsAnonymous(member))
                    {
                        field.Configuration.ContextData[AllowAnonymousKey] = true;
                    }
                }
            }
        }
    }

    /// <summary>Adds the evaluating middleware to every object field of the schema that has (or whose type has) <c>@authorize</c>.</summary>
    public static void AttachMiddleware(SchemaConfigurationContext schema)
    {
        foreach (var type in schema.Types.OfType<ObjectTypeConfiguration>())
        {
            var typeDirectives = Authorizations(type.Directives);
            foreach (var field in type.Fields)
            {
                var allowsAnonymous = field.ContextData.ContainsKey(AllowAnonymousKey);
                var directives = (allowsAnonymous ? [] : typeDirectives).Concat(Authorizations(field.Directives)).ToList();
                if (directives.Count > 0)
                {
                    field.Middleware.Insert(0, AuthorizationMiddleware.Create(directives));
                }
            }
        }
    }

    private static List<AuthorizeDirective> Authorizations(List<DirectiveConfiguration> directives) =>
        directives.Where(d => d.Name == AuthorizeDirective.Name).Select(AuthorizeDirective.FromConfiguration).ToList();

    private static void AddDirectives(DescriptorContext context, bool enabled, List<DirectiveConfiguration> target, IReadOnlyList<AuthorizeDirective> directives, string coordinate)
    {
        if (directives.Count == 0)
        {
            return;
        }

        if (!enabled)
        {
            context.ReportError($"{coordinate} requires authorization, but authorization is not enabled; call AddAuthorization() on the GraphQL builder.", coordinate);
            return;
        }

        target.AddRange(directives.Select(d => d.ToConfiguration()));
    }

    private static void AddDefinitions(DescriptorContext context)
    {
        const string applyPolicy = "ApplyPolicy";
        context.GetOrAddType(applyPolicy, name =>
        {
            var type = new EnumTypeConfiguration(name) { Description = "When an authorization policy is evaluated." };
            type.Values.Add(new EnumValueConfiguration(ApplyPolicyNames.BeforeResolver) { Description = "Before the field's resolver runs." });
            type.Values.Add(new EnumValueConfiguration(ApplyPolicyNames.AfterResolver) { Description = "After the field's resolver ran, on its result." });
            type.Values.Add(new EnumValueConfiguration(ApplyPolicyNames.Validation) { Description = "When the request is validated." });
            return type;
        });

        if (context.Schema.TryGetDirectiveType(AuthorizeDirective.Name, out _))
        {
            return;
        }

        var directive = new DirectiveTypeConfiguration(AuthorizeDirective.Name)
        {
            Description = "Requires the current user to be authorized for the annotated type or field.",
            IsRepeatable = true,
            IsPublic = true,
        };
        directive.Arguments.Add(new ArgumentConfiguration("policy", "String") { Description = "The name of the policy the user must satisfy." });
        directive.Arguments.Add(new ArgumentConfiguration("roles", "[String!]") { Description = "Roles of which the user must have at least one." });
        directive.Arguments.Add(new ArgumentConfiguration("apply", TypeReference.Parse(applyPolicy + "!"))
        {
            Description = "When the policy is evaluated.",
            DefaultValue = new EnumValueNode(ApplyPolicyNames.BeforeResolver),
        });
        directive.Locations.Add(DirectiveLocation.Object);
        directive.Locations.Add(DirectiveLocation.FieldDefinition);
        context.Schema.AddDirectiveType(directive);
    }
}
