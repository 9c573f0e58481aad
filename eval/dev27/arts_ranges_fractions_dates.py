"""dev27 texts: ranges and qualifiers; implicit nouns; fractions and shares; figures next to
dates, ages, money and measures.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- ranges and qualifiers

F(
    "Chad: Sudanese refugees arrive at Adré",
    "[[Between 1,500 and 2,000 refugees|displaced;a=MSF]] crossed into Chad at Adré every day last week, MSF said, and [[no fewer than 600,000|displaced;a=MSF]] are now in camps in the Ouaddaï region.",
)

F(
    "Niger: Tillabéri attack",
    "[[Forty to fifty gunmen|combatants;a=the defence ministry]] on motorcycles attacked the village of Fambita during Friday prayers, killing [[forty-four worshippers|killed;a=the defence ministry]], the defence ministry said.",
)

F(
    "Honduras: gang truce collapses in San Pedro Sula",
    "Police said [[15-20 gang members|combatants;a=Police]] opened fire on a bus terminal in San Pedro Sula, killing [[seven passengers|killed;a=Police]]. "
    "[[Just over thirty|arrested;a=police]] were arrested in raids the next morning, police said.",
)

F(
    "Cameroon: separatist attack in Bamenda",
    "Separatist fighters burned [[well over 100 homes|housing;a=residents]] in the Mankon area of Bamenda, residents said, forcing [[several hundred families|displaced;a=residents]] into the bush.",
)

F(
    "Myanmar: Rakhine fighting drives thousands toward border",
    "[[Upwards of 18,000 Rohingya|displaced;a=a UN official]] have massed near the Naf river in {{the past two weeks}}, a UN official said, and [[between two and three hundred|killed;q=range;v=200;lo=200;hi=300;a=a UN official]] are believed to have been killed in a drone attack on people waiting to cross.",
)

F(
    "Iraq: camps closed in Nineveh",
    "Iraq has shut its camps in federal Iraq, and the ministry of migration said [[some 4,000 families|returned;a=the ministry of migration]] had gone back to Sinjar from Kurdistan camps since {{March}}; [[another 1,200|returned;p;a=the ministry of migration]] are to leave by {{the end of the month}}.",
)

F(
    "Venezuela: post-election arrests",
    "Attorney General Tarek William Saab said [[in excess of 2,200 people|arrested;a=Attorney General Tarek William Saab;alt=Tarek William Saab]] had been arrested after the election protests, of whom [[about 120|arrested;a=Attorney General Tarek William Saab;alt=Tarek William Saab]] were teenagers.",
)

F(
    "Kenya: Finance Bill protests",
    "The Kenya National Commission on Human Rights said [[sixty people|killed;a=The Kenya National Commission on Human Rights]] had been killed during the protests, that [[well over six hundred|arrested;a=The Kenya National Commission on Human Rights]] were arrested, and that [[sixty-six|missing;a=The Kenya National Commission on Human Rights]] were still missing.",
)

F(
    "Georgia: Tbilisi protest detentions",
    "The interior ministry said [[no fewer than 400 protesters|arrested;a=The interior ministry]] had been detained over {{ten nights}} of rallies, and that [[upwards of 150 police officers|injured;a=The interior ministry]] were hurt.",
)

F(
    "South Sudan: Pibor youths hit Bor cattle camps",
    "Armed youths from Pibor raided cattle camps near Bor, killing [[roughly thirty herders|killed;a=the county commissioner]] and driving off [[an estimated 8,000 head of cattle|other;n=head of cattle;u=other;a=the county commissioner]], the county commissioner said.",
)

F(
    "Bangladesh: quota protests",
    "[[Nearly two hundred people|killed;a=a tally by local newspapers;alt=local newspapers]] died in {{a week}} of unrest, according to a tally by local newspapers, and [[some 10,000|arrested;a=police]] were detained, police said.",
)


# ---------------------------------------------------------------- implicit nouns

F(
    "Sudan: Zamzam camp emptied",
    "[[About 400,000 people|displaced;a=IOM]] fled Zamzam camp after the RSF assault, IOM said; most of them went to Tawila, and [[another 150,000|displaced;a=IOM]] reached El Fasher.",
)

F(
    "Lebanon: border villages",
    "Israeli strikes destroyed [[around 40 houses|housing;a=the mayor]] in Aita al-Shaab overnight, the mayor said, and damaged [[a further 70|housing;u=structure;a=the mayor]].",
)

F(
    "Myanmar: Thai border crossing",
    "[[Some 3,000|displaced;a=Thai officials]] crossed the Moei river into Mae Sot on Saturday, Thai officials said, and [[another 300|displaced;a=Thai officials]] were waiting on the Myanmar bank.",
)

F(
    "Gaza: evacuation of the sick",
    "The WHO said [[fifty-four patients|displaced;a=The WHO]] were evacuated from Gaza through Kerem Shalom on Wednesday, with [[more than 12,000|civilians;a=The WHO]] still waiting for medical evacuation.",
)

F(
    "Nigeria: Katsina abductions",
    "Gunmen seized [[twenty-seven pupils|kidnapped;a=the state government]] from a school in Kankara, the state government said. "
    "[[Fifteen|kidnapped]] escaped and made their way home; [[the remaining twelve|kidnapped]] are still held.",
)


# ---------------------------------------------------------------- fractions and shares

F(
    "Yemen: detainees in Marib",
    "A rights group said [[about 1,400 detainees|arrested;a=A rights group]] were held in Marib's central prison, {{a third}} of them without charge and {{nearly half}} for more than {{two years}}.",
)

F(
    "Gaza: north empties",
    "OCHA said [[nearly 100,000 people|displaced;a=OCHA]] had fled Beit Lahia and Jabalia in {{ten days}}, and that {{two-thirds}} of those who remained were women and children.",
)

F(
    "Burkina Faso: Djibo hospital",
    "Of the [[112 wounded|injured;n=wounded;a=MSF]] brought to Djibo hospital after the attack, {{one in five}} was a child, MSF said.",
)

F(
    "Ukraine: Pokrovsk population",
    "Local officials said [[about 7,000 residents|civilians;a=Local officials]] were still in Pokrovsk, {{a fifth}} of its pre-war population, among them [[at least 16 children|civilians;a=Local officials]].",
)

F(
    "DRC: Kasai returnees",
    "[[Some 42,000 people|returned;a=the UN]] have returned to Kamonia territory, the UN said, but {{three-quarters}} of their homes had been burned.",
)


# ---------------------------------------------------------------- figures next to dates, ages, money, measures

F(
    "Pakistan: floods in Khyber Pakhtunkhwa",
    "Flash floods on {{15 August}} killed [[more than 300 people|killed;a=the provincial disaster authority]] in Buner, the provincial disaster authority said, after {{150 mm}} of rain fell in {{an hour}}. "
    "[[Around 1,500 houses|housing;a=the authority;alt=the provincial disaster authority]] were damaged, the authority said.",
)

F(
    "Turkey: quake survivors in tents",
    "{{Two years}} after the {{7.8-magnitude}} earthquake of {{6 February 2023}}, [[almost 700,000 people|displaced;a=AFAD]] still live in container cities, AFAD said.",
)

F(
    "Kenya: Shakahola cult deaths",
    "Investigators have exhumed [[429 bodies|killed;a=the interior ministry]] from the Shakahola forest, the interior ministry said, most of them children, and [[613 people|missing;a=the interior ministry]] remain missing.",
)

F(
    "India: Odisha train crash",
    "In {{2023}}, [[296 people|killed;a=railway officials]] died when the Coromandel Express hit a goods train near Balasore, railway officials said; the train was travelling at {{128 km/h}}.",
)

F(
    "Philippines: typhoon evacuations",
    "Authorities evacuated [[1.2m people|displaced;a=the disaster agency]] ahead of Typhoon Man-yi, which made landfall at {{2 p.m.}} with winds of {{195 km/h}}, the disaster agency said.",
)

F(
    "Morocco: Al Haouz earthquake rebuilding",
    "The government has paid {{2,500 dirhams}} a month to [[some 63,800 households|aid;a=The government]], it said, and rebuilding has begun on [[over 50,000 homes|housing;a=The government]] damaged in the {{6.8-magnitude}} quake.",
)

F(
    "Mexico: migrants found in truck",
    "Police found [[129 migrants|other;a=the National Migration Institute]] inside a lorry near Coatzacoalcos, {{40 km}} from the port, the National Migration Institute said, among them [[37 children|other;a=the National Migration Institute]].",
)

F(
    "Syria: Aleppo university strike",
    "A shell hit Aleppo University on the {{first}} day of exams, killing [[82 students|killed;a=state media]], state media said; the youngest was {{18}}.",
)

F(
    "Ecuador: crackdown after TV station raid",
    "The army said it had arrested [[1,105 people|arrested;a=The army]] and killed [[five|killed;a=The army]] in the {{72 hours}} after gunmen stormed a TV studio in Guayaquil, and seized [[3,000 rounds|other;a=The army]] of ammunition.",
)

F(
    "Somalia: drought cash transfers",
    "WFP said it had reached [[1.6 million people|aid;a=WFP]] with cash transfers of {{$70}} a month in {{October}}, and that [[some 200,000|civilians;a=WFP]] faced catastrophic hunger.",
)
