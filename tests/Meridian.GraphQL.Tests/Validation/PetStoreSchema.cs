using Meridian.Types;

namespace Meridian.GraphQL.Tests.Validation;

/// <summary>
/// A second, wider schema in the manner of graphql-js's validation harness: interfaces implementing interfaces,
/// unions, arguments of every kind and nullability, defaults, a OneOf input, and a directive for every executable
/// location.
/// </summary>
internal static class PetStoreSchema
{
    public const string Sdl = """
        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }

        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        interface Intelligent {
          iq: Int
        }

        type Human implements Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
          iq: Int
        }

        type Alien implements Intelligent {
          name(surname: Boolean): String
          iq: Int
          numEyes: Int
        }

        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
        directive @withArgs(first: Int!, second: String = "x") on FIELD
        """;

    public static Schema Schema { get; } = ValidationAssert.BuildSchema(Sdl);
}
