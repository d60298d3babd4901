namespace Meridian.Language;

internal sealed partial class PrintSession
{
    private void VisitList(ListValueNode node)
    {
        var multiLine = IsMultiLine(node, static (session, owner) =>
            2 + session.JoinedLength(((ListValueNode)owner).Items) > MaxLineLength);
        _writer.Write('[');
        if (multiLine)
        {
            VisitLines(node.Items);
        }
        else
        {
            VisitSeparated(node.Items, ", ");
        }

        _writer.Write(']');
    }

    private void VisitObject(ObjectValueNode node)
    {
        if (node.Fields.Count == 0)
        {
            // graphql-js prints "{  }"; the empty braces read better and parse the same.
            _writer.Write("{}");
            return;
        }

        var multiLine = IsMultiLine(node, static (session, owner) =>
            4 + session.JoinedLength(((ObjectValueNode)owner).Fields) > MaxLineLength);
        if (multiLine)
        {
            VisitBlock(node.Fields);
            return;
        }

        _writer.Write("{ ");
        VisitSeparated(node.Fields, ", ");
        _writer.Write(" }");
    }

    private void VisitObjectField(ObjectFieldNode node)
    {
        Visit(node.Name);
        _writer.Write(": ");
        Visit(node.Value);
    }

    private void VisitDirective(DirectiveNode node)
    {
        _writer.Write('@');
        Visit(node.Name);
        VisitParenthesized(node.Arguments, multiLine: false);
    }

    private void VisitListType(ListTypeNode node)
    {
        _writer.Write('[');
        Visit(node.Type);
        _writer.Write(']');
    }

    private void VisitNonNullType(NonNullTypeNode node)
    {
        Visit(node.Type);
        _writer.Write('!');
    }
}
