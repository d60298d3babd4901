using System.Linq.Expressions;
using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

internal sealed class ObjectTypeDescriptor<T>(DescriptorContext context, ObjectTypeDefinition definition) : IObjectTypeDescriptor<T>
{
    private readonly HashSet<MemberInfo> _configured = [];

    public ObjectTypeDefinition Definition => definition;

    public IReadOnlySet<MemberInfo> ConfiguredMembers => _configured;

    public bool BindsFieldsExplicitly { get; private set; }

    public IObjectTypeDescriptor<T> Name(string name)
    {
        context.RenameObjectType(definition, name);
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string? description)
    {
        definition.Configuration.Description = description;
        return this;
    }

    public IObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        BindsFieldsExplicitly = true;
        return this;
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
    {
        var info = GetMember(member);
        var field = definition.Fields.Find(f => f.Member == info);
        if (field is null)
        {
            field = FieldFactory.Create(context, info, typeof(T), memberOfParent: true, isSubscription: false);
            ObjectFieldInference.AddField(definition, field, replace: false, context);
            _configured.Add(info);
        }

        return new ObjectFieldDescriptor(context, field);
    }

    public IObjectFieldDescriptor Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var field = definition.Fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new ObjectFieldDefinition(name, TypeReference.Named(ScalarNames.String));
            ObjectFieldInference.AddField(definition, field, replace: false, context);
        }

        return new ObjectFieldDescriptor(context, field);
    }

    public IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        Field(member).Ignore();
        return this;
    }

    private static MemberInfo GetMember(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body switch
        {
            MemberExpression { Member: PropertyInfo property } => property,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException($"The expression {expression} does not select a property or method of {typeof(T).Name}.", nameof(expression)),
        };
    }
}
