"""dev10 texts: the Sahel (Mali, Burkina Faso, Niger), Nigeria, Cameroon."""

from figset import F

# ---------------------------------------------------------------- Sahel: Mali, Burkina Faso, Niger

F(
    "Mali: jihadists besiege Boni, residents short of food",
    "The town of Boni in central Mali has been under blockade by JNIM fighters for four months, and [[some 7,000 residents|civilians;a=local officials]] are running out of food, local officials said in {{December 2022}}. "
    "An army convoy brought in [[12 trucks|aid]] of rice and millet last week, escorted by [[about 150 soldiers|combatants]].",
)

F(
    "Mali: displaced from Menaka region reach Gao camps",
    "[[Between 15,000 and 20,000 people|displaced;a=the regional humanitarian coordinator]] have arrived in Gao from the Menaka region since {{March}}, fleeing attacks by Islamic State Sahel Province, the regional humanitarian coordinator said. "
    "The [[three official camps|capacity;a=the WFP]] in Gao were built for [[6,000 people|capacity;a=the WFP]] and are overflowing, and [[2,300 households|aid;a=the WFP]] received food rations this month, according to the WFP.",
)

F(
    "Mali: Wagner and army troops accused over Moura killings",
    "A UN report said Malian troops and foreign military personnel killed [[at least 500 people|killed;a=A UN report]] in Moura over five days in {{March 2022}}, most of them summarily executed. "
    "[[About 3,000 people|arrested;a=the report;alt=A UN report]] were rounded up in the village and held for questioning, the report said, and [[58 women and girls|other;n=women and girls;a=the report;alt=A UN report]] were subjected to sexual violence.",
)

F(
    "Mali: gunmen kidnap passengers on Bandiagara road",
    "Suspected jihadists stopped [[three buses|other;a=the mayor of Bandiagara]] on the road between Bandiagara and Bankass and abducted [[around 40 passengers|kidnapped;a=the mayor of Bandiagara]], the mayor of Bandiagara told AFP in {{October 2023}}. "
    "[[Eleven of them|kidnapped;n=-]], mostly women, were freed the following day.",
)

F(
    "Burkina Faso: volunteers for the defence of the homeland recruited",
    "The government said [[more than 90,000 volunteers|combatants;a=The government]] had signed up to the Volunteers for the Defence of the Homeland (VDP) after a general call in {{2022}}, against a target of [[50,000|combatants;p;a=The government]]. "
    "Recruits receive {{14 days}} of training before deployment alongside the army.",
)

F(
    "Burkina Faso: Djibo under siege as convoy is attacked",
    "An attack on a supply convoy bound for Djibo killed [[at least 37 people|killed;a=the army]], including [[27 soldiers|killed;a=the army]], the army said. "
    "[[About 300,000 people|civilians;a=aid agencies]] are trapped in the town, aid agencies said, and helicopters have flown in [[60 tonnes|aid;a=aid agencies]] of food since {{June}}.",
)

F(
    "Burkina Faso: soldiers and auxiliaries killed in Barsalogho attack",
    "JNIM fighters attacked Barsalogho in {{August 2024}} as residents were digging trenches for the army, killing [[hundreds of people|killed;a=security sources and aid workers]], according to security sources and aid workers. "
    "A local association put the toll at [[about 400|killed;a=A local association]], and [[more than 200|injured;a=A local association]] were treated in Kaya.",
)

F(
    "Burkina Faso: schools closed by insecurity",
    "[[5,319 schools|other;a=the Education Ministry]] were closed across Burkina Faso in {{May 2024}} because of insecurity, depriving [[more than 818,000 pupils|civilians;a=the Education Ministry]] of classes, the Education Ministry said. "
    "[[Some 3,600 teachers|displaced]] have fled their posts.",
)

F(
    "Burkina Faso: displaced people count frozen at two million",
    "The last official count, published in {{March 2023}}, put the number of internally displaced people at [[2,062,534|displaced;a=The last official count]]. "
    "Aid groups estimate [[hundreds of thousands more|displaced;n=-;a=Aid groups]] have fled since then, and [[about 40 towns|other;u=other;a=Aid groups]] live under blockade.",
)

F(
    "Niger: soldiers killed near Tillaberi, army says",
    "[[Twenty-nine soldiers|killed;a=the Defence Ministry]] were killed when [[more than 100 fighters|combatants;a=the Defence Ministry]] on motorcycles attacked a post near Tassia, the Defence Ministry said. "
    "The army said it killed [[dozens of terrorists|killed;a=The army]] in the counter-attack and destroyed [[about 40 motorcycles|other;a=The army]].",
)

F(
    "Niger: migrants expelled from Algeria reach Assamaka",
    "[[More than 4,600 migrants|returned;a=Medecins Sans Frontieres]] expelled from Algeria arrived on foot in Assamaka in {{March 2024}}, Medecins Sans Frontieres said. "
    "The IOM transit centre in the town has room for [[about 1,000 people|capacity;a=The IOM]], The IOM said, and [[hundreds of migrants|displaced;a=The IOM]] sleep in the open.",
)

F(
    "Niger: villagers flee Torodi after attack on market",
    "Gunmen killed [[12 traders|killed;a=a local councillor]] at the weekly market in Torodi and set fire to [[17 shops|housing;a=a local councillor]], a local councillor said. "
    "[[Some 1,500 people|displaced]] from surrounding villages have since moved into the town, where they are staying in [[two schools|capacity]].",
)

F(
    "Niger: prisoners escape from Koutoukale jail",
    "An unknown number of inmates escaped from the high-security Koutoukale prison near Niamey on {{July 11}}, among them jihadist detainees, the Interior Ministry said. "
    "Security forces recaptured [[at least 21 prisoners|arrested;a=the Interior Ministry]] within {{24 hours}}, the Interior Ministry said later.",
)

# ---------------------------------------------------------------- Nigeria

F(
    "Nigeria: bandits abduct pupils from Kuriga school",
    "Gunmen on motorcycles abducted [[at least 287 pupils and teachers|kidnapped;n=pupils and teachers;a=the school's head teacher]] from a school in Kuriga, Kaduna state, the school's head teacher said in {{March 2024}}. "
    "Police said [[about 100 bandits|combatants;a=Police]] took part in the raid. "
    "[[Twenty-five pupils|kidnapped]] escaped in the forest and returned home.",
)

F(
    "Nigeria: army says Boko Haram fighters surrender with families",
    "[[More than 1,200 Boko Haram fighters|combatants;a=the army]] surrendered to troops in Borno state in two weeks, along with [[3,500 women and children|other;n=women and children;a=the army]], the army said. "
    "They are held at a rehabilitation camp in Maiduguri that can take [[up to 2,000 people|capacity]].",
)

F(
    "Nigeria: gunmen kill villagers in Plateau, burn homes",
    "Attackers killed [[more than 150 people|killed;a=local government officials]] in a series of raids on [[20 villages|other;a=local government officials]] in Bokkos and Barkin Ladi over Christmas, local government officials said. "
    "[[Over 220 houses|housing;a=the Red Cross]] were burned and [[some 10,000 people|displaced;a=the Red Cross]] fled, the Red Cross said, while [[dozens|missing;a=the Red Cross]] are still unaccounted for.",
)

F(
    "Nigeria: freed Chibok girl reunited with parents",
    "The army said it had rescued [[one more Chibok schoolgirl|kidnapped;a=The army]] in the Sambisa forest, ten years after [[276 girls|kidnapped;a=The army]] were taken from their school. "
    "[[About 82|kidnapped;a=campaigners]] of the girls are still held by their captors, campaigners said.",
)

F(
    "Nigeria: police arrest suspects after Zamfara abduction",
    "Zamfara police said they arrested [[nine suspected informants|arrested;a=Zamfara police]] for bandits who kidnapped [[more than 50 villagers|kidnapped;a=Zamfara police]] in Maradun. "
    "The bandits have demanded {{N60 million}}, and [[three of the captives|killed]] have died in captivity.",
)

F(
    "Nigeria: ISWAP attack on Borno displacement camp",
    "ISWAP fighters attacked a camp for displaced people in Dikwa, killing [[at least eight people|killed]] and abducting [[15 women|kidnapped]]. "
    "The camp houses [[about 27,000 displaced persons|displaced;a=the state emergency agency]], the state emergency agency said, and [[800 shelters|capacity;a=the state emergency agency]] were destroyed in the fire that followed.",
)

# ---------------------------------------------------------------- Cameroon

F(
    "Cameroon: separatists abduct students in Bamenda",
    "Separatist fighters abducted [[11 students|kidnapped;a=the governor of the North-West region]] and their principal from a school in Bamenda, the governor of the North-West region said. "
    "Troops later freed [[all 12|kidnapped;n=-]] in an operation in which [[two gunmen|killed]] were killed.",
)

F(
    "Cameroon: Anglophone regions still count hundreds of thousands displaced",
    "[[About 630,000 people|displaced;a=OCHA]] remain displaced inside Cameroon's North-West and South-West regions, and [[some 87,000|displaced;a=OCHA]] are refugees in Nigeria, OCHA said in {{2023}}. "
    "[[1.7 million people|civilians;a=OCHA]] need humanitarian assistance in the two regions, it said, and [[fewer than 400,000|aid;a=OCHA]] were reached.",
)

F(
    "Cameroon: Boko Haram kills civilians in Mozogo",
    "Boko Haram fighters killed [[nine civilians|killed;a=the mayor of Mozogo]] and abducted [[five others|kidnapped;a=the mayor of Mozogo]] in a night raid on a village near Mozogo, the mayor of Mozogo said. "
    "[[Dozens of families|displaced]] moved to the town centre.",
)
