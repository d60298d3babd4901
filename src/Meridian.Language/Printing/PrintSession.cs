namespace Meridian.Language;

/// <summary>
/// One run of the printer. Layouts that depend on size (multi-line arguments, lists and objects) are decided by
/// measuring the node's items first; each decision is kept, so a node is measured once however deep it sits.
/// </summary>
internal sealed partial class PrintSession
{
    private const int MaxLineLength = 80;

    private readonly PrintWriter _writer;
    private readonly Action<ISyntaxNode> _visit;
    private Dictionary<ISyntaxNode, bool>? _multiLine;

    public PrintSession(PrintWriter writer)
    {
        _writer = writer;
        _visit = Visit;
    }

    public void Visit(ISyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Name: _writer.Write(((NameNode)node).Value); break;
            case SyntaxKind.Document: VisitDocument((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: VisitOperationDefinition((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: VisitVariableDefinition((VariableDefinitionNode)node); break;
            case SyntaxKind.Variable: VisitVariable((VariableNode)node); break;
            case SyntaxKind.SelectionSet: VisitSelectionSet((SelectionSetNode)node); break;
            case SyntaxKind.Field: VisitField((FieldNode)node); break;
            case SyntaxKind.Argument: VisitArgument((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: VisitFragmentSpread((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: VisitInlineFragment((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: VisitFragmentDefinition((FragmentDefinitionNode)node); break;
            case SyntaxKind.IntValue: _writer.Write(((IntValueNode)node).Value); break;
            case SyntaxKind.FloatValue: _writer.Write(((FloatValueNode)node).Value); break;
            case SyntaxKind.StringValue: VisitString((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: _writer.Write(((BooleanValueNode)node).Value ? "true" : "false"); break;
            case SyntaxKind.NullValue: _writer.Write("null"); break;
            case SyntaxKind.EnumValue: _writer.Write(((EnumValueNode)node).Value); break;
            case SyntaxKind.ListValue: VisitList((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: VisitObject((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: VisitObjectField((ObjectFieldNode)node); break;
            case SyntaxKind.Directive: VisitDirective((DirectiveNode)node); break;
            case SyntaxKind.NamedType: Visit(((NamedTypeNode)node).Name); break;
            case SyntaxKind.ListType: VisitListType((ListTypeNode)node); break;
            case SyntaxKind.NonNullType: VisitNonNullType((NonNullTypeNode)node); break;
            case SyntaxKind.SchemaCoordinate: VisitSchemaCoordinate((SchemaCoordinateNode)node); break;
            default: VisitTypeSystem(node); break;
        }
    }

    private void VisitDocument(DocumentNode node)
    {
        for (var i = 0; i < node.Definitions.Count; i++)
        {
            if (i > 0)
            {
                _writer.LineBreak();
                if (_writer.Indented)
                {
                    _writer.LineBreak();
                }
            }

            Visit(node.Definitions[i]);
        }
    }

    private void VisitDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            VisitString(description);
            _writer.LineBreak();
        }
    }

    private void VisitString(StringValueNode node)
    {
        if (node.Block && _writer.Indented && BlockStringHelper.IsPrintableAsBlockString(node.Value))
        {
            _writer.WriteLines(BlockStringHelper.Print(node.Value));
        }
        else
        {
            _writer.Write(StringLiteralWriter.Quote(node.Value));
        }
    }

    private void VisitSchemaCoordinate(SchemaCoordinateNode node)
    {
        if (node.OfDirective)
        {
            _writer.Write('@');
        }

        Visit(node.Name);
        if (node.MemberName is not null)
        {
            _writer.Write('.');
            Visit(node.MemberName);
        }

        if (node.ArgumentName is not null)
        {
            _writer.Write('(');
            Visit(node.ArgumentName);
            _writer.Write(":)");
        }
    }

    // ---- lists of items: the layouts every node kind shares ----

    /// <summary><c>{</c>, one item per line, <c>}</c>: selection sets, fields, values and the like.</summary>
    private void VisitBlock<T>(IReadOnlyList<T> items)
        where T : ISyntaxNode
    {
        _writer.Write('{');
        VisitLines(items);
        _writer.Write('}');
    }

    /// <summary>The items one per line, indented, between line breaks: the inside of a block or multi-line list.</summary>
    private void VisitLines<T>(IReadOnlyList<T> items)
        where T : ISyntaxNode
    {
        _writer.Indent();
        for (var i = 0; i < items.Count; i++)
        {
            _writer.LineBreak();
            Visit(items[i]);
        }

        _writer.Unindent();
        _writer.LineBreak();
    }

    private void VisitSeparated<T>(IReadOnlyList<T> items, string separator)
        where T : ISyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(separator);
            }

            Visit(items[i]);
        }
    }

    /// <summary><c>(a, b)</c> on one line, or one item per line when <paramref name="multiLine"/>.</summary>
    private void VisitParenthesized<T>(IReadOnlyList<T> items, bool multiLine)
        where T : ISyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        _writer.Write('(');
        if (multiLine)
        {
            VisitLines(items);
        }
        else
        {
            VisitSeparated(items, ", ");
        }

        _writer.Write(')');
    }

    /// <summary>Directives after a space each, as every node but the directive definition writes them.</summary>
    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            _writer.Write(' ');
            VisitDirective(directives[i]);
        }
    }

    // ---- size-dependent layouts ----

    /// <summary>The length of the items joined by <c>", "</c>, as the one-line layout would print them.</summary>
    private int JoinedLength<T>(IReadOnlyList<T> items)
        where T : ISyntaxNode
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            length += (i == 0 ? 0 : 2) + Measure(items[i]).Length;
        }

        return length;
    }

    private bool AnyItemSpansLines<T>(IReadOnlyList<T> items)
        where T : ISyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (Measure(items[i]).LineBreaks > 0)
            {
                return true;
            }
        }

        return false;
    }

    private PrintedSize Measure(ISyntaxNode node) => _writer.Measure(node, _visit);

    /// <summary>Decides once whether <paramref name="owner"/>'s items go on separate lines.</summary>
    private bool IsMultiLine(ISyntaxNode owner, Func<PrintSession, ISyntaxNode, bool> decide)
    {
        if (!_writer.Indented)
        {
            return false;
        }

        _multiLine ??= new Dictionary<ISyntaxNode, bool>(ReferenceEqualityComparer.Instance);
        if (!_multiLine.TryGetValue(owner, out var multiLine))
        {
            multiLine = decide(this, owner);
            _multiLine[owner] = multiLine;
        }

        return multiLine;
    }
}
