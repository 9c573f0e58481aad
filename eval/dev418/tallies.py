"""The three regions in the tallies: the UN monitoring mission, the prosecutors, the State
Emergency Service, the grid operators, the interior ministry, UNICEF and OCHA, the missing,
the claims of both armies, the returns, and the money and percentages around them."""

from _wrap import item

item(
    "UN monitors report rise in civilian casualties in north-east Ukraine",
    """
The UN Human Rights Monitoring Mission in Ukraine said on Thursday that
[[at least 232 civilians|killed;a=UN Human Rights Monitoring Mission in Ukraine]] were killed and
[[1,343|injured;n=-;a=UN Human Rights Monitoring Mission in Ukraine]] injured across Ukraine in
{{June}}, the highest monthly toll in {{three years}}. In the Kharkiv region, the mission
verified [[57 deaths|killed;a=mission;alt=UN Human Rights Monitoring Mission in Ukraine]] and
[[265 injuries|injured;a=mission;alt=UN Human Rights Monitoring Mission in Ukraine]]. It recorded
[[31 civilian deaths|killed;a=UN Human Rights Monitoring Mission in Ukraine]] in the Sumy region
and [[24|killed;n=-;a=UN Human Rights Monitoring Mission in Ukraine]] in the Zaporizhzhia region.
[[Nineteen children|killed]] were among those killed nationwide. Danielle Bell, the head of the
mission, said glide bombs and short-range drones had caused {{two thirds}} of the casualties in
front-line cities.
""",
)

item(
    "Prosecutors tally children killed in three frontline regions",
    """
Ukraine's Prosecutor General's Office said on Sunday that
[[at least 101 children|killed;a=Ukraine's Prosecutor General's Office]] had been killed in the
Kharkiv region since the full-scale invasion began, more than in any region but Donetsk. It put
the number of children wounded there at
[[427|injured;n=-;a=Ukraine's Prosecutor General's Office]]. In the Zaporizhzhia region,
prosecutors have recorded [[42 children|killed;a=prosecutors]] killed and
[[about 200|injured;n=-;a=prosecutors]] injured, and in the Sumy region
[[19|killed;n=-;a=prosecutors]] killed and [[96|injured;n=-;a=prosecutors]] injured. The office
lists [[more than 600 children|missing;a=office;alt=Ukraine's Prosecutor General's Office]] as
missing nationwide. The figures exclude occupied areas, where prosecutors say the real numbers
are higher.
""",
)

item(
    "Emergency service says it pulled hundreds from rubble in Kharkiv region",
    """
Rescuers in the Kharkiv region pulled [[214 people|other;a=State Emergency Service]] alive from
the rubble of shelled buildings in {{2024}} and recovered
[[more than 300 bodies|killed;a=State Emergency Service]], the State Emergency Service said on
Monday. [[Nineteen rescuers|killed;a=service's regional head]] have been killed and
[[64|injured;n=-;a=service's regional head]] injured in the region since {{2022}}, the service's
regional head said. Bomb disposal teams removed
[[more than 38,000 explosive items|other]] and cleared {{2,700 hectares}} of land. At the peak of
the Russian offensive in {{May}}, [[about 1,100 rescuers|other]] were working in the region.
""",
)

item(
    "Over a million without power in Kharkiv, Sumy and Zaporizhzhia regions",
    """
A massive Russian strike on energy facilities left [[more than 1.2m people|civilians;a=Ukrenergo]]
without power across the Kharkiv, Sumy and Zaporizhzhia regions on Wednesday, grid operator
Ukrenergo said. In Kharkiv, [[about 340,000 households|civilians;a=Oleh Syniehubov]] were cut
off, Governor Oleh Syniehubov said. Sumyoblenergo reported
[[nearly 150,000 consumers|civilians;u=household;a=Sumyoblenergo]] in the dark in the Sumy
region. Russia fired [[66 missiles|other;a=air force]] and
[[more than 90 drones|other;a=air force]], the air force said. Ukrenergo said it would impose
rolling blackouts of up to {{16 hours}} a day and that
[[about 3,500 repair workers|other;a=Ukrenergo]] had been deployed.
""",
)

item(
    "More than 12,000 evacuated from frontline areas in a month, minister says",
    """
Ukrainian authorities evacuated [[more than 12,700 people|displaced;a=Ihor Klymenko]] from
frontline areas of the Kharkiv, Sumy and Zaporizhzhia regions in {{October}}, including
[[1,950 children|displaced;a=Ihor Klymenko]], Interior Minister Ihor Klymenko said. Police
evacuation units known as the White Angels use [[41 armoured vehicles|other]] to reach villages
under fire. Klymenko said [[about 7,800 people|civilians;a=Klymenko]] were still living in
settlements under mandatory evacuation orders, among them
[[about 300 children|civilians;a=Klymenko]]. [[Three police officers|killed;a=Ihor Klymenko]]
have been killed and [[11|injured;n=-;a=Ihor Klymenko]] wounded while evacuating civilians this
year, he said.
""",
)

item(
    "UNICEF says frontline children spend years learning online",
    """
UNICEF said on Tuesday that [[more than 600,000 children|civilians;a=UNICEF]] in the Kharkiv,
Sumy and Zaporizhzhia regions had not attended school in person for more than {{three years}}.
Kharkiv has set up [[more than 80 classrooms|other;a=the agency;alt=UNICEF]] in
[[six metro stations|other;u=structure;a=the agency;alt=UNICEF]], the agency said. UNICEF said it had helped equip [[35 school bomb shelters|capacity;a=UNICEF]] and supplied
[[4,500 laptops|aid;u=other;a=UNICEF]] to pupils studying online.
[[Nearly 1,000 schools|housing;a=education ministry]] have been damaged in those regions since
{{February 2022}}, according to the education ministry.
""",
)

item(
    "UN convoy reaches frontline villages in Zaporizhzhia region",
    """
An inter-agency convoy of [[seven trucks|aid;a=OCHA]] delivered food, hygiene kits and
medicines to [[about 2,300 people|aid;a=OCHA]] in frontline communities of the Zaporizhzhia
region on Thursday, OCHA said. The convoy reached [[three villages|other]] near Stepnohirsk that
had not received aid since the spring. Since {{January}},
[[37 convoys|aid;a=the office;alt=OCHA]] have reached frontline areas of the Kharkiv, Sumy and
Zaporizhzhia regions, bringing assistance to
[[more than 96,000 people|aid;a=the office;alt=OCHA]], the office said. Humanitarian partners
estimate that [[about 1.1 million people|civilians;a=Humanitarian partners]] in those regions
need assistance. [[Two aid workers|injured]] were injured last week when a drone hit a
distribution point in the Kupiansk district.
""",
)

item(
    "Russia dropped thousands of glide bombs on Kharkiv region in six months",
    """
Russian aircraft dropped
[[more than 3,200 guided aerial bombs|other;u=other;a=Oleh Syniehubov]] on the Kharkiv region in
the {{first half of 2024}}, killing [[218 civilians|killed;a=Oleh Syniehubov]] and wounding
[[more than 1,100|injured;n=-;a=Oleh Syniehubov]], Governor Oleh Syniehubov said. Each bomb
carries up to {{1,500 kg}} of explosives and can be released from {{70 km}} away. Ukraine's air
force says Russia drops
[[up to 100 glide bombs a day|other;u=other;a=Ukraine's air force]] along the whole front.
[[Thousands of homes|housing]] have been damaged in the region's towns and villages. In Kharkiv
city alone, [[more than 4,000 buildings|housing;a=city council]] have been damaged since
{{February 2022}}, the city council says.
""",
)

item(
    "Families in Kharkiv and Zaporizhzhia regions still search for the missing",
    """
[[More than 1,800 residents|missing;a=Commissioner for Persons Missing under Special Circumstances]]
of the Kharkiv region are listed as missing, according to the Commissioner for Persons Missing
under Special Circumstances. Of those, [[about 600|missing;n=-]] disappeared during the
occupation of Izium, Kupiansk and Balakliia in {{2022}}. Police have identified
[[312 bodies|killed;a=Volodymyr Tymoshko]] through DNA testing, regional police chief Volodymyr
Tymoshko said. In the Zaporizhzhia region, [[about 900 civilians|missing;a=regional police]] are
listed as missing, among them [[14 children|missing;a=regional police]], the regional police
said. DNA samples have been taken from [[more than 3,000 relatives|other]].
""",
)

item(
    "Moscow claims gains near Kharkiv; Kyiv says attacks repelled",
    """
Russia's defence ministry said on Sunday its forces had taken
[[two villages|other;a=Russia's defence ministry]] in the Kharkiv region and killed
[[up to 210 Ukrainian servicemen|killed;a=Russia's defence ministry]] in the past {{24 hours}}.
It also claimed to have destroyed [[three tanks|other;a=Russia's defence ministry]] and
[[14 artillery pieces|other;a=Russia's defence ministry]]. Ukraine's general staff said its
troops had repelled [[23 Russian attacks|other;u=other;a=Ukraine's general staff]] near
Vovchansk and Kupiansk. Ukraine says Russia has [[about 50,000 troops|combatants;a=Ukraine]] on
the Kharkiv axis. The Russian governor of the Belgorod region, Vyacheslav Gladkov, said
[[two civilians|killed;a=Vyacheslav Gladkov]] were killed by Ukrainian drones in Shebekino.
Neither side's claims could be independently verified.
""",
)

item(
    "Ukraine sends extra police and guards to northern border regions",
    """
Ukraine has deployed [[about 2,000 additional police officers|combatants;a=Ihor Klymenko]] to
the Kharkiv and Sumy regions to help with evacuations and defend border areas, Interior Minister
Ihor Klymenko said on Monday. The National Guard said it had sent
[[about 1,500 troops|combatants;a=National Guard]] to the border. The border guard service said
[[more than 600 border guards|combatants;a=border guard service]] had been rotated into
positions near Sumy and Vovchansk. Police have set up [[45 checkpoints|other]] on roads leading
to the border. Klymenko said police had detained [[19 people|arrested;a=Klymenko]] suspected of
spotting for Russian artillery since the start of the month, and that
[[two officers|killed;a=Klymenko]] had been killed by drones.
""",
)

item(
    "Kharkiv's population back above a million despite strikes",
    """
[[About 1.3 million people|civilians;a=Ihor Terekhov]] now live in Kharkiv, Mayor Ihor Terekhov
said, up from [[about 300,000|civilians;n=-;a=Ihor Terekhov]] in the spring of {{2022}}. Of
those, [[about 200,000|displaced;n=-;a=Ihor Terekhov]] are internally displaced people from
other parts of the region and from Donetsk, he said. City officials estimate that
[[more than 900,000 residents|returned;a=City officials]] who fled in the {{first}} weeks of the
war have come back. The city registered [[about 15,000 returns|returned]] in {{August}} alone.
But [[4,000-5,000 people|displaced]] left again after the Russian offensive in the north of the
region in {{May}}, and the numbers fell again during the winter blackouts.
""",
)

item(
    "Displaced families return to Balakliia and Kupiansk district",
    """
[[About 18,000 people|returned;a=town council]] have returned to Balakliia since it was retaken
in {{September 2022}}, bringing it back to {{three-quarters}} of its pre-war population, the town
council said. In the Kupiansk district, [[about 8,000 residents|returned]] came back in
{{2023}}, but most were evacuated again when Russian forces resumed their advance. The regional
administration says
[[more than 95,000 internally displaced people|returned;a=regional administration]] have
returned to de-occupied parts of the Kharkiv region. [[4,300 homes|housing]] have been repaired
there under state programmes. Ukraine's Bring Kids Back UA initiative says
[[1,605 children|returned;a=Ukraine's Bring Kids Back UA initiative]] taken to Russia or
occupied territory have been brought home, among them
[[about 100|returned;n=-;a=Ukraine's Bring Kids Back UA initiative]] from the Kharkiv region.
""",
)

item(
    "Kharkiv residents crowd into metro during overnight attack",
    """
[[About 12,000 people|displaced;a=metro operator]] spent the night in Kharkiv's metro stations
during a {{seven-hour}} attack, the metro operator said. All
[[30 stations|capacity;u=structure]] stayed open as shelters. The city says its
[[1,700 basement shelters|capacity;a=The city]] and the metro can hold
[[about 500,000 people|capacity;a=The city]]. Mayor Ihor Terekhov said
[[five people|injured;a=Ihor Terekhov]] were injured and
[[nine high-rise buildings|housing;a=Ihor Terekhov]] damaged.
""",
)

item(
    "Explosive weapons cause most civilian casualties in frontline cities, UN says",
    """
Explosive weapons with wide-area effects caused {{95%}} of civilian casualties in Kharkiv, Sumy
and Zaporizhzhia in the {{first quarter of 2025}}, the UN Human Rights Monitoring Mission in
Ukraine said on Tuesday. Glide bombs alone accounted for {{a fifth}}, up from {{6%}} a year
earlier, the mission said. Casualties in those cities rose {{46%}} compared with the
{{last quarter of 2024}}. The mission's report covers the period from {{January 1}} to
{{March 31}}.
""",
)

item(
    "Compensation for destroyed homes tops UAH 2 billion in Kharkiv region",
    """
The state eRecovery programme has paid out {{UAH 2.3 billion}} in the Kharkiv region since its
launch in {{May 2023}}, the regional administration said on Friday. Average compensation for a
destroyed flat is about {{UAH 1.6 million}}, and applications are processed within
{{30 days}}, it said. In the Zaporizhzhia region, payments reached {{UAH 640 million}} by the end
of {{September}}, while Sumy's rose by {{35%}} in the {{third quarter}}. Residents
{{aged 60 and over}} can apply in person at administrative service centres.
""",
)
