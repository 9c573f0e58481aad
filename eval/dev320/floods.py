"""Floods: Pakistan 2022, Derna 2023, the Sahel and Lake Chad basin 2024, Bangladesh, Somalia,
DR Congo and southern Brazil, 2022-2024 (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Pakistan flood deaths reach 1,545 as Sindh stays under water",
    """
The toll from Pakistan's monsoon floods rose to
[[1,545|killed;a=the National Disaster Management Authority (NDMA)]] on Thursday, among them
[[552 children|killed;a=the National Disaster Management Authority (NDMA)]], the National
Disaster Management Authority (NDMA) said in its daily report.
[[12,850 people|injured;a=the authority;alt=the National Disaster Management Authority (NDMA)]]
have been injured since the rains began in {{mid-June}}, the authority said. It said
[[more than 1.8 million houses|housing;a=the National Disaster Management Authority (NDMA)]]
had been damaged or destroyed, and
[[more than 1.1 million head of livestock|other;a=the National Disaster Management Authority (NDMA)]]
lost. The government says [[some 33 million people|civilians;a=The government]] have been
affected and [[nearly 8 million|displaced;a=The government]] displaced. Rainfall in Sindh in
August was {{466%}} above the {{30-year}} average.
""",
)

item(
    "Sindh's relief camps empty slowly as water recedes",
    """
In Sindh, [[about 560,000 people|displaced;a=the provincial government]] were still living in
relief camps on Wednesday, the provincial government said, down from a peak of
[[more than 2 million|displaced;a=the provincial government]] in September. Officials said the
province was running [[5,348 relief camps|capacity;a=Officials]], many of them in schools.
Classes cannot resume while [[about 7,000 schools|capacity]] are still used as shelters. Saudi
Arabia's aid agency, KSrelief, has delivered [[120 tonnes|aid]] of dates and flour to Dadu.
[[Hundreds of families|displaced]] are camped on the embankments of the Indus near Sehwan, with
nowhere else dry to go. Elsewhere in Dadu,
[[some 15,000 people|returned;a=district officials]] have gone back to villages where the water
has drained away, district officials said.
""",
)

item(
    "Five months after the floods, Sindh's villagers go home to ruins",
    """
{{Five months}} after the floods, most displaced families in Sindh have gone home, but many to
houses that no longer stand. The IOM's Displacement Tracking Matrix said on Tuesday that
[[1.2 million people|returned;a=The IOM's Displacement Tracking Matrix]] had returned to their
villages, while [[some 240,000|displaced;a=The IOM's Displacement Tracking Matrix]] remained
displaced, mostly in Dadu and Jacobabad. {{Three in four}} returnees said their homes were
uninhabitable. UNHCR said it had handed out [[more than 30,000 tarpaulins|aid;a=UNHCR]] and
[[12,000 shelter kits|aid;a=UNHCR]] since {{October}}. Water still stands around
[[about 300 villages|other]] near Lake Manchar. The Sindh government plans to build
[[2.1 million homes|housing;p;a=The Sindh government]] over the next {{three years}}, helped by a
{{$500 million}} World Bank loan.
""",
)

item(
    "Derna flood: WHO puts dead at nearly 4,000, thousands still missing",
    """
The flood that tore through Derna when the dams above it burst on the night of {{September 10}} killed
[[3,958 people|killed;a=the World Health Organization]], the World Health Organization said on
Sunday. [[More than 9,000 people|missing;a=the WHO]] remain
missing, the WHO added. The IOM said [[at least 43,059 people|displaced;a=The IOM]] had fled the
city and its surroundings, many to Benghazi and Tobruk. Derna's mayor had earlier warned that
the toll could reach [[between 18,000 and 20,000|killed;p;a=Derna's mayor]]. UNOSAT, the UN
satellite centre, said [[891 buildings|housing;a=UNOSAT]] had been destroyed, and about
{{a quarter}} of the city centre was washed into the sea. Storm Daniel dropped {{414 mm}} of
rain on Bayda in {{24 hours}}. Greece, Türkiye and Egypt sent
[[more than 500 rescuers|other]] to help search the rubble and the sea.
""",
)

item(
    "Libya detains officials over Derna dam collapse",
    """
Libya's attorney general has ordered [[eight officials|arrested]], including Derna's former
mayor, held over the collapse of the dams above the city. Prosecutors said on Thursday that
[[another eight|arrested;a=Prosecutors]] had since been detained, bringing the total to [[16|arrested;a=Prosecutors]]. The dams, built in the {{1970s}}, had not been properly
maintained since {{2002}}. Search teams recovered [[145 bodies|killed;a=the health ministry in the east]]
on Monday, most of them from the sea, the health ministry in the east said. Amnesty
International said eastern authorities had detained [[at least nine protesters|arrested;a=Amnesty International]]
after a rally at the Sahaba mosque. [[More than 30,000 people|displaced]] from Derna are living
with relatives in Benghazi, Bayda and Tobruk.
""",
)

item(
    "UN appeals for eastern Libya as bodies are buried in mass graves",
    """
The UN and its partners appealed for {{$71.4 million}} to help
[[250,000 people|aid;p;a=The UN and its partners]] in eastern Libya over the next
{{three months}}. OCHA estimates that [[884,000 people|civilians;a=OCHA]] live in the areas hit
by Storm Daniel. The Libyan Red Crescent said [[at least 50 trucks|aid;a=The Libyan Red Crescent]]
of aid had reached Derna, and that [[three of its volunteers|killed;a=The Libyan Red Crescent]]
had died while helping residents flee the water. The WHO said
[[more than 1,000 bodies|killed;a=The WHO]] had been buried in mass graves and urged the
authorities to stop hasty burials. Doctors at Derna's only working hospital treated
[[at least 150 people|injured]] for wounds from debris in the first {{48 hours}}. [[Several dozen bodies|killed]] washed ashore
west of the city in the following days.
""",
)

item(
    "Maiduguri under water after Alau dam gives way",
    """
Floodwater from the collapsed Alau dam has submerged about {{40%}} of Maiduguri. The Borno State
Emergency Management Agency (SEMA) said
[[more than 414,000 people|displaced;a=The Borno State Emergency Management Agency (SEMA)]] had
been displaced and [[37|killed;a=The Borno State Emergency Management Agency (SEMA)]] killed.
The Nigerian Correctional Service said
[[281 inmates|other;a=The Nigerian Correctional Service]] escaped from the city's custodial
centre when its walls collapsed, of whom [[seven|arrested;a=The Nigerian Correctional Service]]
had been recaptured. The state opened [[30 camps|capacity]] in schools and public buildings.
Rescuers in canoes pulled [[more than 1,000 people|other]] from rooftops on Tuesday. The WFP
said [[at least 200,000 people|aid;p;a=The WFP]] would receive food rations in the coming
weeks.
""",
)

item(
    "Niger floods kill 339 and force schools to delay reopening",
    """
Floods since {{June}} have killed [[339 people|killed;a=Niger's interior ministry]] and affected
[[more than 1.5 million|civilians;a=Niger's interior ministry]], Niger's interior ministry said.
The ministry said [[about 160,000 houses|housing;a=The ministry;alt=Niger's interior ministry]]
had collapsed. In Niamey, [[some 12,000 families|displaced]] are sheltering in schools, mosques
and tents. Flooding has also damaged [[more than 2,000 classrooms|housing]], and the government
has pushed back the start of the school year by {{a month}}. Herders lost
[[about 180,000 head of livestock|other]]. The government plans to relocate
[[about 3,000 families|displaced;p;a=The government]] from flood-prone neighbourhoods of
Niamey. Rainfall in the Agadez region was {{300%}} above
normal.
""",
)

item(
    "Mali declares national disaster as rivers burst their banks",
    """
Mali declared a national disaster on {{August 23}} as floods swept across the country. The civil
protection directorate said
[[more than 47,000 people|civilians;a=The civil protection directorate]] had been affected and
[[at least 30|killed;a=The civil protection directorate]] killed since {{June}}.
[[About 2,300 houses|housing]] have collapsed, many of them mud-brick homes in Bamako. In the
centre of the country, gunmen abducted [[14 passengers|kidnapped;a=local officials]] from a bus
stranded on a flooded road between Mopti and Sévaré, local officials said. OCHA said
[[some 7,600 households|displaced;a=OCHA]] were displaced in Ségou and Mopti, regions where
{{a decade}} of jihadist violence had already uprooted
[[hundreds of thousands|displaced;a=OCHA]]. The start of the school year was pushed back to
{{November 4}}.
""",
)

item(
    "Chad flood toll rises to 576 as Chari breaks record",
    """
Chad's government said floods since {{July}} had killed [[576 people|killed;a=Chad's government]]
and affected [[nearly 2 million|civilians;a=Chad's government]].
[[Over 217,000 homes|housing;a=Chad's government]] have been destroyed, it said, and
[[more than 70,000 livestock|other;a=Chad's government]] have drowned. The army said it
had deployed [[1,200 soldiers|combatants;a=The army]] to build dykes along the Chari and Logone
rivers in N'Djamena. In the east, [[about 50,000 Sudanese refugees|displaced;a=UNHCR]] lost their
shelters in the rains, UNHCR said. [[Dozens of villages|other]] along the Logone are cut off. The Chari peaked at {{8.18 metres}} in the capital, a record.
""",
)

item(
    "Boko Haram fighters abduct flood victims in Cameroon's Far North",
    """
Floods in Cameroon's Far North have displaced [[about 56,000 people|displaced;a=OCHA]] in
Mayo-Danay and Logone-et-Chari, OCHA said. [[At least 12 people|killed;a=local officials]] have
drowned, local officials said. On Sunday night, Boko Haram fighters raided a site near Mora
where flood victims had taken refuge, abducting
[[14 people|kidnapped;a=a local official]], mostly women, a local official told AFP. The army
said it had freed [[five of the hostages|kidnapped;a=The army]] on Tuesday.
[[More than 20,000 homes|housing]] have been destroyed across the region. The UN refugee agency
said it would send [[300 shelter kits|aid;p;a=The UN refugee agency]]. Herders lost
[[between 8,000 and 10,000 head of cattle|other]].
""",
)

item(
    "Bangladesh floods: 5.8 million affected in Feni and the south-east",
    """
Bangladesh's Ministry of Disaster Management and Relief said on Monday that
[[about 5.8 million people|civilians;a=Bangladesh's Ministry of Disaster Management and Relief]]
had been affected by flash floods in the south-east, and that
[[1.2 million families|civilians;a=Bangladesh's Ministry of Disaster Management and Relief]]
were marooned by the water. [[At least 18 people|killed;a=the ministry;alt=Bangladesh's Ministry of Disaster Management and Relief]]
have died, the ministry said. [[Some 500,000 people|displaced]] have taken refuge in
[[3,928 shelters|capacity]]. The army, navy and coast guard have deployed
[[more than 2,400 personnel|combatants;a=the Inter Services Public Relations]], according to
the Inter Services Public Relations. As the water receded,
[[about 150,000 people|returned;a=local officials]] left the shelters for home, local officials
said. Students raised {{Tk 5 crore}} for the flood victims in
{{two days}} of collections in Dhaka.
""",
)

item(
    "Somalia floods displace 650,000 as Shabelle overflows",
    """
Somalia's disaster agency, SoDMA, said floods had affected
[[1.6 million people|civilians;a=Somalia's disaster agency]], displaced
[[about 650,000|displaced;a=Somalia's disaster agency]] and killed
[[at least 96|killed;a=Somalia's disaster agency]] since {{October}}. In Beledweyne, where the
Shabelle burst its banks, [[some 250,000 residents|displaced;a=the district commissioner]] fled
to higher ground, the district commissioner said. Al-Shabaab fighters stopped a boat ferrying
flood victims near Jowhar and abducted [[three men|kidnapped;a=witnesses]], witnesses said. The
WFP airlifted [[60 tonnes|aid]] of food to Beledweyne. [[Up to 1.5 million people|displaced;p;a=OCHA]] could be forced from their homes by the
end of the year, OCHA warned. Rainfall in the Ethiopian highlands was
{{twice}} the seasonal average.
""",
)

item(
    "Kalehe flood toll rises to 438, thousands unaccounted for",
    """
The toll from flash floods in Kalehe, in South Kivu, has risen to
[[438|killed;a=the provincial government]], the provincial government said. Civil society groups
in Bushushu said [[more than 5,000 people|missing;a=Civil society groups in Bushushu]] were
unaccounted for. [[About 1,500 houses|housing]] were swept away in Bushushu and Nyamukubi.
Doctors at the Kalehe referral hospital treated [[about 200 injured|injured]]. The province
already hosts [[hundreds of thousands of people|displaced]] who fled fighting between the army
and {{M23}} rebels further north. [[Several hundred families|displaced]] are sleeping in churches and
schools in Kalehe centre. Volunteers buried [[dozens of bodies|killed]] in a mass grave
on Sunday.
""",
)

item(
    "Rio Grande do Sul: 147 dead and 538,000 forced from their homes",
    """
The Civil Defence of Rio Grande do Sul said
[[147 people|killed;a=The Civil Defence of Rio Grande do Sul]] had died and
[[127|missing;a=The Civil Defence of Rio Grande do Sul]] were missing after {{ten days}} of
floods. [[More than 538,000 people|displaced;a=The Civil Defence of Rio Grande do Sul]]
have left their homes, it said, [[about 81,000|displaced;a=The Civil Defence of Rio Grande do Sul]]
of them to public shelters. Rescuers have saved [[over 76,000 people|other]] from flooded
neighbourhoods. The defence ministry said [[about 15,000 soldiers|combatants;a=The defence ministry]]
were taking part. Police in Porto Alegre arrested [[at least 30 people|arrested]] for looting
flooded homes and shops. The Guaíba river peaked at {{5.35 metres}}, above its {{1941}} record.
""",
)

item(
    "Donors pledge over $9 billion for Pakistan's flood recovery",
    """
Donors pledged more than {{$9 billion}} at a conference in Geneva on {{January 9}} to help
Pakistan rebuild after the {{2022}} floods. The government has put its needs at
{{$16.3 billion}}, half of which it hopes to raise abroad. Most of the money came as loans
rather than grants, officials said. Prime Minister Shehbaz Sharif said Pakistan produces less
than {{1%}} of global emissions. A World Weather Attribution study found that climate change may
have increased the heaviest {{five-day}} rainfall in Sindh by up to {{50%}}.
""",
)

item(
    "Why Derna's dams failed",
    """
The Abu Mansour dam, {{14 km}} upstream of Derna, stood {{74 metres}} high and could hold
{{22.5 million cubic metres}} of water. The smaller Derna dam, {{1 km}} from the city, was built
by a Yugoslav firm between {{1973}} and {{1977}}. A {{2022}} paper by a hydrologist at Omar
al-Mukhtar University warned that the dams needed urgent maintenance. Storm Daniel dropped
about {{170 mm}} of rain on the wadi in a single day, against an average of {{1.5 mm}} for
September. Engineers say the upper dam gave way first, just before {{3 a.m.}}
""",
)
