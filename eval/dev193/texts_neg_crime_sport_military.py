"""dev193 hard negatives: crime (wine fraud, extortion, a heist, a gang shooting), sport and
the military's kitchens (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Fake Pétrus and forged labels: Bordeaux police break up a counterfeit wine ring",
        "French police have arrested six people suspected of selling counterfeit bottles of "
        "some of Bordeaux's most famous wines to collectors in Asia and the United States, "
        "prosecutors in Bordeaux said on Thursday. Investigators found a workshop in a "
        "farmhouse near Libourne where, they say, cheap red wine was poured into old bottles "
        "and fitted with forged labels, capsules and corks copied from great vintages of the "
        "1980s and 1990s. Hundreds of bottles were seized, along with a printer, a stock of "
        "antique-looking paper and a machine for ageing labels with tea and sunlight. "
        "Prosecutors say the ring sold at least 400 bottles through auction houses and "
        "private dealers, earning several million euros. The case came to light when a "
        "collector in Hong Kong noticed that the label on a bottle of 1982 vintage was "
        "printed with an ink that did not exist at the time. A lawyer for one of the suspects "
        "said his client denied the charges. Wine experts said the fake labels were among the "
        "most convincing they had seen.",
        "crime",
    ),
    (
        'Calabrian restaurateurs describe years of "pizzo" as police arrest 31 in extortion sweep',
        "Police in Calabria arrested 31 people on Tuesday in an investigation into the "
        "'Ndrangheta's grip on restaurants, bars and beach clubs along the coast near Vibo "
        "Valentia, prosecutors said. The suspects are accused of extorting monthly payments, "
        "known as pizzo, from business owners, forcing them to buy wine, bread and seafood "
        "from suppliers linked to the clan, and burning the cars of those who refused. "
        "Investigators said some restaurants had paid for more than a decade. Wiretaps quoted "
        "in the arrest warrant captured one suspect complaining that a pizzeria owner had "
        '"forgotten his friends" after switching his mozzarella supplier. Several '
        "restaurateurs testified against the clan, an unusual step in a region where few "
        'report extortion. "We were paying to be allowed to work," one owner told '
        "investigators, according to the warrant. The anti-mafia prosecutor said the "
        "operation showed that the clan's business reached into every part of the local "
        "economy. The suspects face charges of mafia association, extortion and arson.",
        "crime",
    ),
    (
        "Michoacán avocado growers say extortion by cartels adds a dollar to every crate",
        "The avocado orchards around Uruapan, in the Mexican state of Michoacán, produce most "
        "of the fruit eaten in guacamole across the United States. Growers here say that for "
        "years they have paid a cut of every harvest to criminal groups, which charge a fee "
        "per hectare, per crate and per truck. \"It's a tax, like any other, except you pay it "
        'to men with guns," said a grower who asked not to be named. Last month, US '
        "agricultural inspectors briefly suspended checks on avocado shipments after one of "
        "them was threatened by a packing-house employee, halting exports for several days. "
        "The state government says it has increased police patrols on the highways and set up "
        "a special unit to investigate extortion. Prosecutors say they have arrested several "
        "men accused of collecting payments on behalf of local gangs, and seized ledgers "
        "listing dozens of orchards. Growers say the cost is passed on to exporters and, in "
        "the end, to American shoppers, who are paying more for avocados than at any time in "
        "the past decade. Some have also been pressured to clear forest for new orchards, "
        "environmental groups say, and the state has begun checking satellite images for "
        'illegal clearing. For now, the trucks are rolling north again. "The avocado is green '
        'gold," the grower said. "Everybody wants a piece."',
        "crime",
    ),
    (
        "Couture gowns worth €2m stolen from Milan atelier days before fashion week",
        "Thieves broke into the Milan atelier of the designer Chiara Ferretti overnight on "
        "Sunday and stole 14 couture gowns and a collection of embroidered jackets due to be "
        "shown at fashion week, police said. The burglars cut through the roof of the "
        "workshop in the Isola district and disabled the alarm, according to investigators, "
        "who believe the theft was planned with inside information. The pieces, including a "
        "crystal-embroidered bombshell dress that had taken three seamstresses six weeks to "
        'finish, were insured for about €2 million. "It is like losing a year of my life," '
        "Ferretti said in a video posted on social media. Police said they were checking "
        "security cameras in the area and had questioned former employees. The designer said "
        "she would still hold her show on Thursday, with the samples that had been left "
        "behind and pieces her team would finish by hand. Milan's fashion chamber called the "
        "burglary a shock for the whole industry.",
        "crime",
    ),
    (
        "Three wounded in shooting outside Dalston restaurant; police say no link to terrorism",
        "Three men were wounded when shots were fired from a passing car outside a restaurant "
        "in Dalston, east London, late on Saturday night, the Metropolitan police said. "
        "Diners were eating on the restaurant's terrace when a car drove past and a man in "
        "the back seat opened fire, witnesses said. One victim, a 19-year-old, is in a "
        "serious but stable condition in hospital, and two others were treated for leg "
        "wounds. Detectives believe the men were targeted and that the shooting is linked to "
        "a dispute between local gangs; a police spokesperson said it was not being treated "
        "as terror-related. No arrests have been made, and officers have been given extra "
        "stop-and-search powers in the area until Monday evening. The restaurant, a Turkish "
        "ocakbaşı that has been on Kingsland Road for more than 20 years, reopened on Monday. "
        "Its owner said the staff had been shaken but that regular customers had come back, "
        "some bringing flowers. A waiter who had been carrying a tray of lahmacun to the "
        "terrace when the shots were fired said he had dropped to the floor. Hackney's mayor "
        "said she was horrified and called for more youth services in the borough.",
        "crime",
    ),
    (
        "Euro 2024's bratwurst battle: Germany's stadiums fight over the best sausage",
        "When a German football stadium is judged by its fans, the sausage often counts as "
        "much as the pitch. With Euro 2024 under way, food writers and supporters have turned "
        "the ten host stadiums into a battleground for the best bratwurst, from the "
        "Thuringian sausages grilled over charcoal in Leipzig to the currywurst of Dortmund "
        "and the Weisswurst that Munich serves only before noon. A fan website has been "
        "running a league table based on thousands of ratings from visiting supporters, and "
        "Cologne's stadium is, for now, top of the table. \"The sausage is the striker of the "
        'stadium menu," said the catering manager in Dortmund, who expects to sell 40,000 of '
        "them during the tournament. Vegetarian and vegan sausages are also on sale at every "
        "ground, and organisers say they are selling better than expected. England fans in "
        "Gelsenkirchen complained about queues of up to half an hour at half-time. Scotland's "
        "supporters, by contrast, praised the beer.",
        "sport",
    ),
    (
        "The chef who feeds the peloton: a Tour de France kitchen on wheels",
        "At the end of a mountain stage, while the riders are still being rubbed down, the "
        "chef of a Belgian Tour de France team is already at work in the team's kitchen "
        "truck, cooking rice, pasta, grilled fish and an omelette for each of the eight "
        "riders. Over three weeks, each rider burns up to 7,000 calories on the hardest days, "
        "and the chef's job is to make sure they eat enough without feeling sick. \"It is a "
        'battle against the appetite," he said. "After 200 kilometres, nobody wants to eat." '
        "He plans menus with the team's nutritionist, weighs every portion and keeps a "
        "spreadsheet of who ate what. The truck carries two induction hobs, a combination "
        "oven and a rice cooker that runs almost all day. On rest days he makes pizza, and "
        "after the final stage in Paris, the riders get cake. The team travels with half a "
        "tonne of rice and pasta, and he buys fish, vegetables and fruit from markets along "
        "the route, sometimes in three countries in a week. His biggest fear, he said, is not "
        "a bad review but a stomach bug that could wipe out the whole team. \"That's when they "
        'attack the dessert," he said.',
        "sport",
    ),
    (
        "Chepauk's biryani and the spin attack: how Chennai feeds a Test match",
        "On the first morning of the Test at Chennai's MA Chidambaram Stadium, the queue at "
        "the stadium's biryani counter was longer than the one at the ticket gate. Caterers "
        "expect to serve about 15,000 plates of biryani over the five days, alongside idlis, "
        "vadas and filter coffee in steel tumblers. Inside the dressing rooms, the players "
        "eat more carefully: the home team's nutritionist said India's bowlers were on a diet "
        "heavy in rice, lentils and fish, to keep their energy up in the Chennai heat. "
        "India's spin attack, led by the local favourite, took four wickets before lunch, to "
        'roars from the stands. "When Ash bowls, nobody leaves for food," said a vendor who '
        "has sold coffee at the ground for 30 years. England's players were seen tucking into "
        "dosas at the team hotel. Chennai's fans, famous for their knowledge of the game, "
        "applauded the visitors' fight-back in the afternoon session.",
        "sport",
    ),
    (
        "New army ration packs swap chilli con carne for Thai green curry after soldier survey",
        "Soldiers in the field will soon be eating Thai green curry, halloumi pasta and a "
        "vegan chilli after the Ministry of Defence revamped its 24-hour ration packs "
        "following a survey of more than 2,000 personnel. The new menus, which include more "
        "vegetarian, halal and gluten-free options, replace several meals that troops had "
        "rated poorly, including a much-mocked corned beef hash. Each pack contains about "
        "4,000 calories, enough for a day of heavy exercise, and can be heated with a "
        "flameless heater in a pouch. The MoD said the rations had been tested by troops on "
        'exercises in Brunei, Kenya and Norway. "In the cold, a hot curry does a lot for '
        'morale," said a logistics officer who took part in the trials. Nutritionists helped '
        "to cut the salt content and add more fibre. The packs, made by a supplier in the "
        "north of England, will be issued from the spring.",
        "military",
    ),
    (
        "Friday curry in the navy: Japan's sailors keep a weekly tradition afloat",
        "Every Friday, on destroyers and supply ships of the Japan Maritime Self-Defense "
        "Force, the galley serves curry rice. The custom is said to date back to the Imperial "
        "Navy's adoption of a British-style curry in the late 19th century to fight beriberi, "
        "and it survives as a way for crews on long patrols to keep track of the days. Each "
        "ship has its own recipe, guarded by its cooks, and port cities such as Yokosuka and "
        "Kure have turned navy curry into a tourist attraction, with restaurants licensed to "
        "serve a specific ship's version. This month, the Yokosuka base held its annual curry "
        "contest, in which cooks from a dozen ships competed for a trophy before a jury of "
        "officers and local residents. The winning recipe, from the crew of a helicopter "
        'destroyer, used apples and a splash of coffee. "On a long deployment, curry is the '
        'taste of home," said its chief cook. The navy says the contest is also a recruitment '
        "event, and visitors were offered tours of a frigate.",
        "military",
    ),
    (
        "Field kitchens and mobile bakeries feed thousands of troops in NATO's Baltic exercise",
        "At a training area in eastern Lithuania, a mobile field bakery operated by German "
        "army cooks turns out 3,000 loaves of bread a day for the soldiers taking part in one "
        "of NATO's largest exercises of the year. The drill, which brings together troops "
        "from 14 countries, is meant to test how quickly the alliance can move forces to the "
        "Baltic states, and the logistics of feeding them are part of the test. Cooks from "
        "different armies share field kitchens, and the menus mix German goulash, Polish "
        'pierogi and Lithuanian cold beetroot soup. "An army marches on its stomach, and in '
        'an exercise like this you learn whether your supply chain works," said a Lithuanian '
        "logistics officer. The exercise has included live-fire drills and river crossings, "
        "and will end with a parade in Vilnius. Local farmers supply milk and vegetables, and "
        "some villages have opened their cafés to soldiers on leave. No incidents have been "
        "reported.",
        "military",
    ),
]
