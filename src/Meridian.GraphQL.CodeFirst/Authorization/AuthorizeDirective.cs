using Meridian.Language;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>One applied <c>@authorize(policy:, roles:, apply:)</c>, read from its configuration.</summary>
internal sealed record AuthorizeDirective(string? Policy, IReadOnlyList<string> Roles, ApplyPolicy Apply)
{
    public const string Name = "authorize";

    public DirectiveConfiguration ToConfiguration()
    {
        var arguments = new Dictionary<string, object?>();
        if (Policy is not null)
        {
            arguments["policy"] = Policy;
        }

        if (Roles.Count > 0)
        {
            arguments["roles"] = Roles;
        }

        if (Apply != ApplyPolicy.BeforeResolver)
        {
            arguments["apply"] = new EnumValueNode(ApplyPolicyNames.ToName(Apply));
        }

        return DirectiveConfiguration.Create(Name, arguments);
    }

    public static AuthorizeDirective FromConfiguration(DirectiveConfiguration directive)
    {
        string? policy = null;
        var roles = new List<string>();
        var apply = ApplyPolicy.BeforeResolver;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case ("policy", StringValueNode text):
                    policy = text.Value;
                    break;
                case ("roles", ListValueNode list):
                    roles.AddRange(list.Items.OfType<StringValueNode>().Select(i => i.Value));
                    break;
                case ("roles", StringValueNode single):
                    roles.Add(single.Value);
                    break;
                case ("apply", EnumValueNode value):
                    apply = ApplyPolicyNames.FromName(value.Value);
                    break;
            }
        }

        return new AuthorizeDirective(policy, roles, apply);
    }
}
