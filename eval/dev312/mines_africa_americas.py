"""dev312 items: Colombia, Angola, Mozambique, Zimbabwe, Libya, Somalia, Sudan, Tigray, Nigeria
and the Sahel (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "New mines confine indigenous communities in Colombia's Choco",
    """
[[About 8,000 indigenous and Afro-Colombian residents|civilians;a=Colombia's Ombudsman's Office]]
of [[at least 23 communities|other;u=other;a=Colombia's Ombudsman's Office]] along the San Juan
river are confined to their villages by newly laid mines, Colombia's Ombudsman's Office said on
Monday. The ELN guerrillas and the Clan del Golfo, which the army says has
[[about 9,000 members|combatants;a=the army]], are fighting for control of the river. The
International Committee of the Red Cross said
[[at least 199 people|injured;a=The International Committee of the Red Cross]] were killed or
injured by explosive devices in Colombia in {{2024}}, the most in {{eight years}}, including
[[61 children|injured;a=The International Committee of the Red Cross]]. Government figures show
[[more than 12,400 people|injured;a=Government figures]] have been killed or wounded by mines since
{{1990}}, about {{60%}} of them soldiers and police. [[Some 300 families|displaced;a=local officials]]
fled to the town of Istmina in March, local officials said.
""",
)

item(
    "FARC dissidents free seven deminers held in Cauca",
    """
[[Seven deminers|kidnapped;a=Colombia's peace commissioner's office]] seized by FARC dissident
fighters in Colombia's Cauca department were released on Thursday to a humanitarian commission
led by the Catholic Church, Colombia's peace commissioner's office said. The team was clearing a
hillside near Argelia for [[about 120 families|returned;p]] who planned to go back to land they
fled in {{2019}}. The deminers were taken with [[two vehicles|other]] and their detection
equipment. Humanitarian demining in Colombia has been suspended at times after attacks on
clearance teams: [[at least 14 deminers|killed;a=the Colombian Campaign to Ban Landmines]] have
been killed since {{2005}} and [[dozens|kidnapped;n=-;a=the Colombian Campaign to Ban Landmines]]
briefly held, according to the Colombian Campaign to Ban Landmines. The Estado Mayor Central, the
dissident faction active in Cauca, is thought to have [[around 3,500 fighters|combatants]].
""",
)

item(
    "Angola's minefields shrink, but funding gap slows the end",
    """
The HALO Trust said on Wednesday it had cleared
[[more than 100,000 landmines|other;u=other;a=The HALO Trust]] in Angola since starting work there in
{{1994}}. Angola's mine action authority says
[[about 1,000 minefields|other;u=other;a=Angola's mine action authority]] remain, covering some
{{80 square kilometres}}. [[Some 88,000 Angolans|civilians;a=HALO]] live within a kilometre of a
minefield, HALO estimates. [[More than 80,000 Angolans|injured;a=the government]] lost limbs to
mines during the {{27-year}} civil war, the government says. HALO employs
[[about 1,100 Angolans|other]], {{a third}} of them women. Finishing the job by {{2028}} would
require [[roughly 600 more deminers|other;p]].
""",
)

item(
    "Improvised mine kills bus passengers in central Mali",
    """
[[At least 11 passengers|killed;a=local officials]] were killed and
[[nine|injured;n=-;a=local officials]] injured when a bus hit an improvised mine between
Bandiagara and Bankass in central Mali on Saturday, local officials said. Before its withdrawal in
{{2023}}, the UN mission in Mali said [[1,080 people|injured;a=the UN mission in Mali]] had been
killed or wounded by improvised devices since {{2013}}. The Landmine Monitor says Burkina Faso
recorded [[more than 300 casualties|injured;a=The Landmine Monitor]] from improvised mines in
{{2023}}. JNIM, the al-Qaeda affiliate blamed for most of the blasts, has
[[an estimated 6,000 fighters|combatants]]. Traffic on the road has collapsed:
[[20 to 30 lorries a day|other;a=transporters]] now make the trip, down from
[[more than 200|other;n=-;u=other;a=transporters]], transporters said.
""",
)

item(
    "Mined roads cut off Djibo's displaced, aid groups say",
    """
[[Nearly 300,000 people|civilians;a=the Norwegian Refugee Council]] in the northern Burkinabe
town of Djibo, most of them displaced, are cut off by jihadist blockades and mined roads, the
Norwegian Refugee Council said. On Tuesday an improvised mine hit a convoy of
[[about 60 trucks|aid]] north of Bourzanga, killing [[four soldiers|killed;a=security sources]]
and [[two drivers|killed;a=security sources]], security sources said.
[[At least 15 civilians|missing;a=the army]] travelling with the convoy are unaccounted for,
according to the army. The World Food Programme said it had airlifted
[[about 1,200 tonnes|aid;a=The World Food Programme]] of food to the town this year. Burkina
Faso has [[more than 2 million internally displaced people|displaced]], though the government
stopped publishing figures in {{2023}}.
""",
)

item(
    "Mozambique declared free of landmines after two decades of clearance",
    """
Mozambique, once among the most heavily mined countries in the world, declared itself free of all
known minefields on {{September 17, 2015}}, {{22 years}} after the HALO Trust began clearing
them. HALO said its teams had destroyed [[more than 171,000 landmines|other;u=other;a=HALO]] in the
country. Mines killed or injured [[an estimated 10,900 people|injured;a=the Landmine Monitor]]
in Mozambique during and after the {{1977-1992}} civil war, according to the Landmine Monitor.
At the peak, [[some 1,300 Mozambican deminers|other]] worked for HALO alone. Clearance allowed
[[hundreds of thousands of displaced people|returned]] to go back to farms and villages. The
government said [[more than 1,100 minefields|other;u=other;a=The government]] had been cleared
since {{1992}}. A police bomb squad of [[about 40 officers|other]] will deal with any ordnance
that still turns up.
""",
)

item(
    "Booby traps left in Tripoli suburbs kill returning residents",
    """
Mines and booby traps left in the southern suburbs of Tripoli have killed
[[at least 138 people|killed;a=the Libyan Mine Action Centre]] and injured
[[213|injured;n=-;a=the Libyan Mine Action Centre]] since forces loyal to Khalifa Haftar withdrew
in {{June 2020}}, the Libyan Mine Action Centre said. Among the dead were
[[at least five deminers|killed]]. [[About 33,000 people|displaced;a=the IOM]] who fled the
fighting have not returned, many because their homes are mined or destroyed, the IOM said.
Government officials say the Russian Wagner Group, which had
[[roughly 1,200 fighters|combatants;a=Government officials]] in Libya at the time, laid many of
the devices. Deminers have checked [[more than 2,000 houses|other;u=structure]] in Ain Zara and
Salah al-Din, where [[thousands of homes|housing]] were damaged. In nearby Tarhuna, families are
still looking for [[more than 150 people|missing]] who disappeared under the Kaniyat militia.
""",
)

item(
    "Roadside bombs take rising toll on Somali civilians, UN says",
    """
Improvised explosive devices killed
[[at least 250 civilians|killed;a=the UN Mine Action Service (UNMAS)]] in Somalia in {{2023}},
the most in {{five years}}, the UN Mine Action Service (UNMAS) said. The agency said al-Shabaab,
which it believes has
[[between 7,000 and 12,000 fighters|combatants;a=The agency;alt=UN Mine Action Service (UNMAS)]],
is making more and bigger bombs. The African Union force, which has
[[about 11,000 troops|combatants]] in the country, lost [[seven soldiers|killed]] to a roadside
bomb in Lower Shabelle last month. Police teams trained by UNMAS defused
[[more than 600 devices|other]] last year. UNICEF said [[41 children|injured;a=UNICEF]] were
killed or maimed by explosive hazards in the {{first quarter}} of the year. Mogadishu police
said they had arrested [[five men|arrested;a=Mogadishu police]] accused of assembling bombs in a
garage in Hodan district.
""",
)

item(
    "Khartoum returnees find unexploded shells in their homes",
    """
[[More than 1 million Sudanese|returned;a=the International Organization for Migration]] have
gone back to Khartoum state since the army retook the capital in {{March 2025}}, the
International Organization for Migration said. UNMAS said unexploded ordnance had killed
[[at least 16 people|killed;a=UNMAS]] in the capital since then, and that its teams had marked
[[about 10,000 items|other;a=UNMAS]] for removal. Sudan's National Mine Action Centre says it has
[[fewer than 200 trained deminers|other;a=Sudan's National Mine Action Centre]] for a city of
[[more than 5 million people|civilians;a=Sudan's National Mine Action Centre]].
[[About 12 million people|displaced]] remain displaced across Sudan, the largest displacement
crisis in the world. [[Three children|killed]] were killed in Bahri in May when a shell they
found in a courtyard exploded.
""",
)

item(
    "Zimbabwe's border minefields still claim cattle and herders",
    """
Mines laid along Zimbabwe's border with Mozambique in the {{1970s}} killed
[[two herders|killed;a=the Zimbabwe Mine Action Centre]] and
[[more than 40 cattle|other;a=the Zimbabwe Mine Action Centre]] in Mudzi district last year, the
Zimbabwe Mine Action Centre said. The centre says
[[about 45,000 people|civilians;a=The centre;alt=Zimbabwe Mine Action Centre]] live in
[[some 120 villages|other;a=The centre;alt=Zimbabwe Mine Action Centre]] next to the minefields.
Norwegian People's Aid, the HALO Trust and APOPO have destroyed
[[more than 200,000 mines|other]] since {{2013}}. Zimbabwe has asked for a new deadline of
{{December 31, 2025}}. Since independence in {{1980}}, mines in Zimbabwe have killed
[[more than 1,500 people|killed;a=government estimates]] and
[[about 120,000 cattle|other;a=government estimates]], according to government estimates.
""",
)

item(
    "Tigray children hurt by war leftovers as families return",
    """
Unexploded ordnance has killed or injured
[[more than 700 people|injured;a=the regional health bureau]] in Tigray since the
{{November 2022}} peace deal, the regional health bureau said, about {{40%}} of them children.
[[Some 1 million people|displaced;a=the interim administration]] displaced by the war remain in
camps and host communities, and [[about 200,000|returned;n=-;a=the interim administration]]
have gone home since April, the interim administration says. Many of the displaced live in
[[87 displacement sites|capacity]] around Mekelle and Shire. The ICRC said it had fitted
[[about 900 survivors|aid;a=The ICRC]] with artificial limbs at the Mekelle rehabilitation
centre last year. Near Adigrat, [[four children|killed]] herding goats were killed by a mortar
round they picked up.
""",
)

item(
    "Colombia declares 300th municipality free of mines",
    """
Colombia declared the municipality of San Carlos in Antioquia free of suspected minefields on
Friday, the {{300th}} to be cleared since the {{2016}} peace accord with the FARC.
[[About 40,000 people|returned;a=the Victims' Unit]] have returned to land once sown with mines,
according to the Victims' Unit. Humanicemos DH, a demining group of
[[about 150 former FARC fighters|other]], works alongside army teams. The army's demining brigade
has [[about 5,000 soldiers|combatants]]. The National Mine Action Authority said
[[94 municipalities|other;u=other;a=The National Mine Action Authority]] still had confirmed
minefields. [[More than 50,000 people|displaced;a=officials]] fled fighting between the ELN and
FARC dissidents in Catatumbo in {{January 2025}}, and new mines there have set the programme
back, officials said.
""",
)

item(
    "Borno farmers killed by mine planted near resettled town",
    """
A landmine planted by suspected Islamic State West Africa Province (ISWAP) fighters killed
[[at least eight farmers|killed;a=a militia leader]] and wounded
[[five|injured;n=-;a=a militia leader]] near Damboa in Nigeria's Borno state on Wednesday, a
militia leader said. [[Three other farmers|kidnapped;a=a militia leader]] were abducted by the
fighters as they fled, he said. Borno's state government says it has resettled
[[more than 150,000 people|returned;a=Borno's state government]] in rebuilt towns since
{{2021}}, closing [[about 30 camps|capacity;a=Borno's state government]] in Maiduguri. Aid
groups say [[some 1.8 million people|displaced;a=Aid groups]] remain displaced in the north-east.
The Nigerian army said it had deployed [[about 2,000 soldiers|combatants;a=The Nigerian army]] to
protect farmers during the planting season and had arrested
[[23 suspected ISWAP suppliers|arrested;a=The Nigerian army]].
""",
)

item(
    "Gunmen seize demining workers in Mali's Gao region",
    """
Gunmen kidnapped [[four Malian employees|kidnapped;a=the UN mission]] of a demining contractor
working for the UN on the road between Gao and Ansongo, the UN mission said on Friday. MINUSMA,
which has [[about 13,000 troops and police|combatants;n=troops and police]] in Mali, has lost
[[more than 100 peacekeepers|killed]] to attacks, many of them from roadside bombs.
[[Two other contractors|kidnapped]] seized near Menaka in March were freed last month after
{{six weeks}} in captivity. Aid groups said [[about 3,500 people|displaced;a=Aid groups]] had
fled villages near Ansongo after armed men planted mines on the roads, and that
[[three schools|other;a=Aid groups]] had closed.
""",
)

item(
    "Harry retraces Diana's steps in Angolan minefield",
    """
Prince Harry walked through a partly cleared minefield in Dirico, in south-east Angola, on
{{September 27, 2019}}, {{22 years}} after his mother, Diana, crossed a minefield in Huambo in
{{January 1997}}. Diana died in {{August 1997}}, {{seven months}} after the visit, which helped
build support for the Ottawa treaty signed that December. Harry, {{35}}, also visited the street
in Huambo where she had been photographed; it is now lined with shops and a college. The HALO
Trust, which guided both visits, said Angola could be free of mines by {{2025}} if donors gave
about {{$60 million}} more.
""",
)

item(
    "US aid freeze halts mine clearance projects",
    """
The US government's freeze on foreign aid, ordered on {{January 20, 2025}} for an initial
{{90 days}}, halted clearance and risk-education work funded by Washington in several countries,
mine action groups said. The United States gave about {{$300 million}} a year to mine action
before the freeze, around {{40%}} of all international funding, according to the Landmine
Monitor. Some projects resumed in {{March}} after waivers, but many contracts were cancelled for
good. The HALO Trust said it had to suspend work in parts of Angola and Laos for
{{six weeks}}.
""",
)
