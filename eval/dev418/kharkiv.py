"""Kharkiv city and region, 2022-2026: the hypermarket and the printing house, Saltivka, the
metro as shelter and school, Vovchansk and Kupiansk, Izium after the occupation, the blackouts."""

from _wrap import item

item(
    "Glide bombs set Kharkiv hypermarket ablaze as shoppers flee",
    """
KHARKIV, {{May 25}} (Reuters) - [[Two Russian guided aerial bombs|other;u=other;a=officials]]
struck a DIY hypermarket in Kharkiv on Saturday afternoon, setting the building ablaze while
[[some 200 people|civilians;a=officials]] were inside, officials said. Governor Oleh Syniehubov
said [[at least 12 people|killed;a=Oleh Syniehubov]] were killed and
[[43|injured;n=-;a=Oleh Syniehubov]] wounded, and that
[[16 people|missing;a=Oleh Syniehubov]] were still unaccounted for as night fell. The State
Emergency Service said it had sent
[[more than 100 firefighters and rescuers|other;n=firefighters and rescuers;a=State Emergency Service]]
and fire engines to the site, where the
fire covered about {{15,000 square metres}}. Thick black smoke could be seen from across the
city. President Volodymyr Zelensky called the strike "another manifestation of Russian madness".
By Sunday morning the death toll had risen to [[16|killed;n=-;a=prosecutors]], according to
prosecutors, and the search for the missing was continuing.
""",
)

item(
    "Glide bomb tears into Saltivka apartment block",
    """
KHARKIV, {{Nov 8}} (Reuters) - A Russian glide bomb slammed into a {{nine-storey}} apartment
block in Kharkiv's Saltivskyi district on Friday, killing
[[three people|killed;a=Oleh Syniehubov]] and wounding
[[at least 29|injured;n=-;a=Oleh Syniehubov]], including
[[four children|injured;a=Oleh Syniehubov]], Governor Oleh Syniehubov said. The blast gutted
[[18 flats|housing;a=city officials]] and shattered windows in
[[a dozen neighbouring buildings|housing;a=city officials]], city officials said.
[[Five people|missing;a=State Emergency Service]] were missing and feared buried under the
rubble, the State Emergency Service said, and
[[about 70 rescuers|other;a=State Emergency Service]] were working at the site with cranes. It
was the {{third}} strike on the district in {{a week}}. Russia has used glide bombs, Soviet-era
free-fall bombs fitted with wings and satellite guidance, with growing frequency against Kharkiv
since {{early 2024}}, and the city's air defences can do little to stop them.
""",
)

item(
    "Thousands leave Vovchansk as Russian troops push across the border",
    """
Ukrainian authorities have evacuated [[more than 4,000 people|displaced;a=officials]] from
Vovchansk and surrounding villages in the {{48 hours}} since Russian forces crossed the border
north of Kharkiv on {{May 10}}, officials said on Sunday. Governor Oleh Syniehubov said
[[about 5,800 residents|displaced;a=Oleh Syniehubov]] had been moved out of the border area in
all, while [[roughly 200 people|civilians;a=Oleh Syniehubov]] were still in Vovchansk, a town of
[[17,000|civilians;n=-;a=Oleh Syniehubov]] before the war. Police said evacuation crews were
taking out [[100 to 150 people a day|displaced;a=Police]] under constant shelling, most of them
elderly. Near Lyptsi, [[two volunteers|killed;a=regional prosecutor's office]] were killed when a
drone hit their car, the regional prosecutor's office said. A transit centre in Kharkiv took in
[[1,750 evacuees|displaced]] on Saturday alone, and buses were waiting to take
[[hundreds of people|displaced;p]] further west. Ukrainian military intelligence estimated that
Russia had massed [[up to 35,000 troops|combatants;a=Ukrainian military intelligence]] across the
border in the Belgorod region.
""",
)

item(
    "Kharkiv region orders children out of Kupiansk district villages",
    """
The Kharkiv regional military administration on Wednesday ordered the mandatory evacuation of
families with children from [[37 settlements|other;u=other]] in the Kupiansk district, citing
intensifying Russian shelling. The order covers [[1,275 children|displaced;p;a=Oleh Syniehubov]]
and [[about 700 adults|displaced;p;a=Oleh Syniehubov]] accompanying them, according to Governor
Oleh Syniehubov. So far [[108 families|displaced;a=Oleh Syniehubov]] have left on
[[six buses a day|other;a=Oleh Syniehubov]] laid on by the region, he said. Under rules adopted
in {{2023}}, parents who refuse to leave can be compelled to take their children out, and police
have gone door to door in [[14 villages|other]] this week. Local officials said
[[about 3,000 residents|civilians;a=Local officials]] remain in the district's eastern
settlements, most of them elderly, and many refuse to go. It is the {{second}} such order for
the district since {{August 2023}}.
""",
)

item(
    "Life underground: Kharkiv's metro becomes home to thousands",
    """
KHARKIV, Ukraine, {{March 14}} (AP) — [[Thousands of Kharkiv residents|displaced]] have been
living in the city's metro since Russian forces began shelling it on {{Feb 24}}, sleeping on
platforms, on escalators and in stopped trains. City officials said
[[about 8,000 people|displaced;a=City officials]] spent each night in the metro's
[[30 stations|capacity;u=structure;a=City officials]]. At Heroiv Pratsi station, at the end of a
line, [[some 600 people|displaced]] have set up camp beds and a makeshift kindergarten.
Volunteers bring in [[about 2,000 hot meals a day|aid]], and a doctor makes rounds every
morning. Mayor Ihor Terekhov said
[[at least 600 residential buildings|housing;a=Ihor Terekhov]] in the city had been damaged, many
of them in the northern district of Saltivka. The regional prosecutor's office said
[[at least 266 civilians|killed;a=regional prosecutor's office]], including
[[14 children|killed;a=regional prosecutor's office]], had been killed in the Kharkiv region.
""",
)

item(
    "Kharkiv opens classrooms in metro stations as shelling keeps schools shut",
    """
Kharkiv has fitted out classrooms in [[five metro stations|other;u=structure;a=city council]],
where [[about 1,000 pupils|other;p;a=city council]] will study in shifts from
{{September 1}}, the city council said. The [[60 classrooms|other]], separated from the
platforms by partitions, each have room for [[up to 20 children|capacity]]. Mayor Ihor Terekhov
said Russian strikes had damaged [[about 40 school buildings|housing;a=Ihor Terekhov]] in the
city and that the rest could not open because they lacked shelters. Children in the city have
studied online since {{2020}}, first because of the pandemic and then because of the war.
Parents rushed to apply for places in the {{first}} {{two days}}, the education department
said.
""",
)

item(
    "Kharkiv plunged into darkness after strikes on power plants",
    """
KYIV, {{March 22}} (Reuters) - Russian missiles and drones knocked out power across Kharkiv on
Friday, leaving
[[about 700,000 consumers|civilians;u=household;a=region's governor;alt=Oleh Syniehubov]]
without electricity, the region's governor said. Oleh Syniehubov said the city had been hit repeatedly through the night and that
[[three people|injured;a=Oleh Syniehubov]] were wounded. Ukraine's air force said Russia had
fired [[88 missiles|other;a=Ukraine's air force]] and [[63 drones|other;a=Ukraine's air force]]
across the country overnight, one of the largest attacks on the energy system of the war. The
Kharkiv {{CHP-5}} thermal power plant was badly damaged, and trolleybuses and the metro stopped
running. Water supply was cut to [[about 250,000 residents|civilians]] in the city's northern
districts. The city opened
[[more than 400 Points of Invincibility|other;u=structure;n=Points of Invincibility]], heated
tents and halls where people can charge phones and get warm.
""",
)

item(
    "Residents trickle back to Izium after six months of occupation",
    """
IZIUM, Ukraine, {{Oct 6}} (AFP) - [[About 9,000 people|returned;a=local officials]] have
returned to Izium since Ukrainian forces retook the town in {{early September}}, local officials
said, {{a fifth}} of its pre-war population of [[46,000|civilians;n=-;a=local officials]]. Many
came back to find their flats without windows, heating or gas; the town administration
estimates that {{80 percent}} of its housing was damaged. Investigators have exhumed
[[447 bodies|killed;a=regional prosecutors]] from a burial site in a pine forest on the edge of
town, among them [[at least five children|killed;a=regional prosecutors]], regional prosecutors
said. Police said they had found [[10 torture chambers|other;u=structure;a=Police]] in the town
and detained [[two men|arrested;a=Police]] suspected of helping the occupation forces. Residents
say [[about 30 people|kidnapped;a=Residents]] were taken away by Russian troops during the
occupation and have not been heard from since. The Red Cross has handed out
[[12,000 food parcels|aid]] since the town was recaptured.
""",
)

item(
    "Security service says it caught agents guiding missiles onto Kharkiv",
    """
Ukraine's SBU security service said on Tuesday it had detained
[[two residents|arrested;a=Ukraine's SBU security service]] of Kharkiv who allegedly passed
Russia the coordinates of a printing house that was struck in {{May}}, killing
[[seven workers|killed;a=Ukraine's SBU security service]]. That strike also wounded
[[21 people|injured]]. The suspects, a {{52-year-old}} man and his {{27-year-old}} son, face life
imprisonment if convicted of treason. Since the start of {{2024}}, the SBU has detained
[[87 people|arrested;a=the agency;alt=SBU]] in the Kharkiv region on suspicion of helping Russia
target its strikes, the agency said. Regional police said they had opened
[[more than 1,200 criminal cases|other;a=Regional police]] over the shelling of Kharkiv this
year and had arrested [[four people|arrested;a=Regional police]] for posting videos of
air-defence positions online.
""",
)

item(
    "Prosecutors say Russian troops held Vovchansk civilians in basements",
    """
Ukrainian prosecutors said on Friday that Russian soldiers had held
[[about 40 civilians|kidnapped;a=Ukrainian prosecutors]] hostage in the basements of the
Vovchansk aggregate plant after seizing part of the town in {{May}}. Ukrainian special forces
freed [[nine hostages|kidnapped;a=Dmytro Chubenko]] in a raid last week, said Dmytro Chubenko, a
spokesman for the Kharkiv regional prosecutor's office. [[One woman|killed;a=Dmytro Chubenko]]
who tried to escape was shot dead, he said. Chubenko said investigators had documented the
killing of [[17 civilians|killed;a=Chubenko]] in the town and the disappearance of
[[23 others|missing;a=Chubenko]]. Since {{May 10}},
[[more than 11,000 people|displaced;a=regional police]] have been evacuated from the Vovchansk
and Lyptsi areas, according to regional police, who believe
[[up to 100 residents|civilians;a=regional police]] remain in the ruins.
""",
)

item(
    "Drones, missiles and glide bombs hit Kharkiv overnight",
    """
Russia attacked Kharkiv overnight with [[17 Shahed drones|other;a=Ihor Terekhov]], missiles and
[[four glide bombs|other;u=other;a=Ihor Terekhov]], Mayor Ihor Terekhov said on Saturday, in one
of the heaviest assaults on the city this year. [[Three people|killed;a=Oleh Syniehubov]] were
killed and [[at least 21|injured;n=-;a=Oleh Syniehubov]] wounded, including
[[four children|injured;a=Oleh Syniehubov]], regional governor Oleh Syniehubov said. The strikes
damaged [[18 high-rise buildings|housing;a=city council]] and
[[13 private houses|housing;a=city council]] and set parked cars on
fire, the city council said. [[About 60 residents|displaced;a=officials]] whose flats were left
uninhabitable were moved to a school that serves as a temporary shelter, officials said.
Kharkiv, about {{30 kilometres}} from the Russian border, has been struck almost daily since the
spring.
""",
)

item(
    "Aid hub in Kharkiv registers evacuees from border villages",
    """
A humanitarian hub set up in a former shopping centre in northern Kharkiv has registered
[[more than 14,000 evacuees|displaced;a=OCHA]] from border areas since {{May}}, OCHA said on
Thursday. Aid groups there have handed out [[26,000 food kits|aid]] and
[[9,500 hygiene kits|aid]], and [[about 1,100 people|displaced]] are living in collective centres
in the city, where [[450 beds|capacity]] are still free. The World Food Programme said it
planned to give cash assistance to [[50,000 people|aid;p;a=World Food Programme]] in the Kharkiv
region in {{June}}. Local officials said [[some 3,300 people|civilians;a=Local officials]] were
still living in villages within {{10 kilometres}} of the border, many of them elderly and
unwilling to leave. An inter-agency convoy of [[eight trucks|aid]] reached Zolochiv on Wednesday
with food, water and building materials.
""",
)

item(
    "Missiles strike Kharkiv printing house, killing workers",
    """
Russian missiles hit one of Ukraine's largest printing houses in Kharkiv on Thursday, killing
[[seven people|killed;a=Oleh Syniehubov]] and wounding [[20|injured;n=-;a=Oleh Syniehubov]],
Governor Oleh Syniehubov said. In all, [[15 missiles|other;a=Oleh Syniehubov]] struck the city
in the morning, he said. Factor Druk, the company that owns the plant, said
[[about 50 employees|civilians;a=Factor Druk]] had been at work when the missiles hit. Its
director, Serhiy Polituchyi, said [[more than 50,000 books|other;u=other;a=Serhiy Polituchyi]]
had burned. Rescuers were searching for [[one person|missing]] believed to be under the debris,
and [[ten buildings|housing]] nearby were damaged. The printing house produced about {{40%}} of
the books published in Ukraine.
""",
)

item(
    "Kharkiv's first purpose-built underground school opens",
    """
Kharkiv opened its {{first}} purpose-built underground school on Monday, a concrete structure
{{six metres}} below ground built for [[900 pupils|capacity;a=city council]], the city council
said. The school has a canteen, a medical room and a ventilation system that can run
for {{72 hours}} on its own. It cost {{UAH 85 million}}, paid for from the city budget. On its
{{first}} day [[about 500 children|other]] from [[five schools|other]] in the Industrialnyi
district attended classes in {{two shifts}}. Mayor Ihor Terekhov said
[[four more underground schools|other;p;a=Ihor Terekhov]] would open by the end of the year and
that [[about 15,000 pupils|other;a=Ihor Terekhov]] were still studying in metro classrooms or
online.
""",
)

item(
    "Few remain in battered Kupiansk as Russian forces close in",
    """
Only [[about 2,000 people|civilians;a=Andrii Besedin]] remain in Kupiansk, a city of
[[27,000|civilians;n=-;a=Andrii Besedin]] before the war, the head of its military
administration, Andrii Besedin, said on Tuesday. Evacuation teams took out
[[36 people|displaced;a=Andrii Besedin]], including [[seven children|displaced;a=Andrii Besedin]],
over the past {{24 hours}}, he said. In the wider Kupiansk district,
[[more than 2,500 children|displaced;a=regional officials]] have been evacuated under a
mandatory order since {{August 2023}}, but [[about 40 children|civilians;a=regional officials]]
are still living in the district's villages, regional officials said. Police said
[[two volunteers|injured;a=Police]] were wounded when a drone hit their evacuation van near
Kivsharivka. Ukraine's military estimates that Russia has concentrated
[[about 15,000 troops|combatants;a=Ukraine's military]] around the city.
""",
)

item(
    "Kharkiv spent a third of 2024 under air-raid alerts",
    """
Kharkiv residents spent more than {{2,900 hours}} under air-raid alerts in {{2024}}, according
to a count by the city council, or about {{a third}} of the year. The longest alert, on
{{January 23}}, lasted {{nine hours and 40 minutes}}. Because the city lies only {{30 km}} from
the border, a missile fired from the Belgorod region can reach it in {{under a minute}}, often
before the sirens sound. City hall says {{95%}} of schools now teach at least partly in person,
up from {{12%}} in {{2022}}. The {{2025}} count, published on {{January 2}}, showed that alerts
were shorter on average but came more often.
""",
)

item(
    "Kharkiv earmarks repair money in its 2026 budget",
    """
Kharkiv city council approved a budget of {{UAH 28.4 billion}} for {{2026}} on Wednesday, with
{{UAH 3.1 billion}} set aside to repair housing damaged since {{February 2022}}. Spending on civil
defence, including shelters and underground classrooms, will rise by {{18%}}, the council said.
A deputy mayor said tax revenue had fallen by {{a quarter}} compared with {{2021}} and that the
{{2025}} budget had been executed at {{97.6%}}. The city also expects the European Investment
Bank to lend it {{€50 million}} over {{five years}} for heating and water networks.
""",
)
