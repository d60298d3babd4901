using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Creates the field definition of a property or method: name, description, deprecation, type (annotations,
/// overrides, <c>[ID]</c>), arguments from the method's argument parameters, then the member's descriptor
/// attributes in order.
/// </summary>
internal static class FieldFactory
{
    /// <param name="context">The discovery context.</param>
    /// <param name="member">The property or method.</param>
    /// <param name="sourceType">The class the member belongs to.</param>
    /// <param name="memberOfParent">True when the parent value is the member's instance (entity members).</param>
    /// <param name="isSubscription">True for fields of the subscription root, whose streams are unwrapped.</param>
    public static ObjectFieldDefinition Create(DescriptorContext context, MemberInfo member, Type sourceType, bool memberOfParent, bool isSubscription)
    {
        var naming = context.Naming;
        if (member is MethodInfo { ReturnType: var returnType } voidMethod && TypeInspector.IsTaskWithoutResult(returnType))
        {
            var name = naming.GetMemberName(member);
            context.ReportError($"The resolver {sourceType.Name}.{voidMethod.Name} of field \"{name}\" returns no value; return Task<T>.", name);
            return new ObjectFieldDefinition(name, TypeReference.Named(ScalarNames.String)) { Member = member, SourceType = sourceType, IsIgnored = true };
        }

        var shape = context.Nullability.GetShape(member);
        var declaredType = member is PropertyInfo property ? property.PropertyType : ((MethodInfo)member).ReturnType;
        var subscription = isSubscription && member is MethodInfo method ? SubscriptionInference.Inspect(context, method, sourceType) : null;
        if (subscription is not null)
        {
            shape = subscription.ResultShape;
        }

        if (member.GetCustomAttribute<GraphQLNonNullTypeAttribute>() is { } nonNull)
        {
            shape = shape.AsNonNull(nonNull.ElementsNonNull);
        }

        var id = NodeIdAttributes.Read(member);
        var definition = new ObjectFieldDefinition(naming.GetMemberName(member), TypeReference.Named(ScalarNames.String))
        {
            Member = member,
            SourceType = sourceType,
            MemberOfParent = memberOfParent,
            ResultId = id,
            Subscription = subscription,
        };
        definition.Configuration.Member = member;
        definition.Configuration.Description = naming.GetMemberDescription(member);
        definition.Configuration.DeprecationReason = naming.GetDeprecationReason(member);
        definition.ResultType = subscription?.MessageType ?? TypeInspector.UnwrapTask(declaredType);
        definition.ElementType = TypeInspector.TryGetElementType(definition.ResultType, out var element) ? element : null;
        var capturedShape = shape;
        definition.Type = TypeOverrides.Apply(
            context,
            member,
            id is not null ? TypeReferences.FromShape(shape, ScalarNames.ID) : null,
            () => context.GetOutputType(capturedShape));

        if (member is MethodInfo resolver)
        {
            AddParameters(context, definition, resolver.GetParameters());
        }

        if (subscription?.SubscribeMethod is { } subscribe && subscribe != member)
        {
            AddParameters(context, definition, subscribe.GetParameters(), subscription);
        }

        ApplyDescriptorAttributes(context, definition, member);
        return definition;
    }

    private static void AddParameters(DescriptorContext context, ObjectFieldDefinition definition, ParameterInfo[] parameters, SubscriptionDefinition? subscription = null)
    {
        var bindings = new List<ParameterBinding>(parameters.Length);
        foreach (var parameter in parameters)
        {
            var binding = ParameterClassifier.Classify(context, parameter);
            bindings.Add(binding);
            if (binding.Kind == ParameterKind.Argument && definition.Arguments.Find(a => a.Parameter?.Name == parameter.Name) is null)
            {
                definition.Arguments.Add(CreateArgument(context, parameter));
            }
        }

        if (subscription is null)
        {
            definition.Parameters = bindings;
        }
        else
        {
            subscription.SubscribeParameters = bindings;
        }
    }

    /// <summary>The argument of a parameter: name, description, type, default value, deprecation and <c>[ID]</c>.</summary>
    public static ArgumentDefinition CreateArgument(DescriptorContext context, ParameterInfo parameter)
    {
        var naming = context.Naming;
        var shape = context.Nullability.GetShape(parameter);
        if (parameter.GetCustomAttribute<GraphQLNonNullTypeAttribute>() is { } nonNull)
        {
            shape = shape.AsNonNull(nonNull.ElementsNonNull);
        }

        // An optional parameter of a value type is an optional argument: its default makes the type nullable-safe.
        var id = NodeIdAttributes.Read(parameter);
        var type = TypeOverrides.Apply(
            context,
            parameter,
            id is not null ? TypeReferences.FromShape(shape, ScalarNames.ID) : null,
            () => context.GetInputType(shape));
        var argument = new ArgumentDefinition(naming.GetArgumentName(parameter), type)
        {
            Parameter = parameter,
            RuntimeType = parameter.ParameterType,
            Id = id,
        };
        argument.Configuration.Description = naming.GetArgumentDescription(parameter);
        argument.Configuration.DeprecationReason = naming.GetDeprecationReason(parameter);
        if (parameter.HasDefaultValue && parameter.DefaultValue is { } defaultValue && id is null)
        {
            argument.Configuration.RuntimeDefaultValue = defaultValue;
        }

        return argument;
    }

    private static void ApplyDescriptorAttributes(DescriptorContext context, ObjectFieldDefinition definition, MemberInfo member)
    {
        var attributes = member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(inherit: true).OrderBy(a => a.Order).ToList();
        if (attributes.Count == 0)
        {
            return;
        }

        var descriptor = new ObjectFieldDescriptor(context, definition);
        foreach (var attribute in attributes)
        {
            attribute.Configure(context, descriptor, member);
        }
    }
}
