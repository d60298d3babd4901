using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// The shared part of the rules of §5.6 that judge input literals: for each argument value and each variable's
/// default value, the literal is checked once (<see cref="ValidationContext.GetInputValueIssues"/>) and each rule
/// reports the issues of its own kind.
/// </summary>
public abstract class InputValueRule : IValidationRule
{
    private readonly InputValueIssueKind _kind;
    private readonly string _code;
    private readonly string _specifiedBy;
    private readonly Visitor _visitor;

    private protected InputValueRule(InputValueIssueKind kind, string code, string specifiedBy)
    {
        _kind = kind;
        _code = code;
        _specifiedBy = specifiedBy;
        _visitor = new Visitor(this);
    }

    public ValidationVisitor CreateVisitor(ValidationContext context) => _visitor;

    private void Report(IValueNode value, ValidationContext context)
    {
        if (context.InputType is not { } type)
        {
            return;
        }

        foreach (var issue in context.GetInputValueIssues(value, type))
        {
            if (issue.Kind == _kind)
            {
                context.ReportError(issue.Message, _code, _specifiedBy, issue.Node);
            }
        }
    }

    private sealed class Visitor(InputValueRule rule) : ValidationVisitor
    {
        protected override VisitorAction Enter(ArgumentNode node, ValidationContext context)
        {
            rule.Report(node.Value, context);
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(VariableDefinitionNode node, ValidationContext context)
        {
            if (node.DefaultValue is { } defaultValue)
            {
                rule.Report(defaultValue, context);
            }

            return VisitorAction.Continue;
        }
    }
}
