"""dev424 items: the Duhok camps, their winters and fires, the returns to Sinjar and the
rebuilding of its houses, the closure of the camps, and the Yazidis abroad who are sent back."""

from _wrap import item

item(
    "Winter tightens its grip on Duhok's camps",
    """
[[More than 400,000 displaced people|displaced;a=the Joint Crisis Coordination Centre]] are
living in Duhok province, the Joint Crisis Coordination Centre said, [[about
190,000|displaced;a=the Joint Crisis Coordination Centre]] of them in [[22 camps|capacity;a=the
Joint Crisis Coordination Centre]]. Most are Yazidis who fled Sinjar in {{August 2014}}. Across
Iraq, [[about 3.2m people|displaced;a=IOM]] have been driven from their homes since {{January
2014}}, according to IOM. UNHCR said it had handed out [[35,000 kerosene
heaters|aid;a=UNHCR;u=other]] and [[120,000 blankets|aid;a=UNHCR]] since {{November}}. The
Khanke camp, built for [[18,000 people|capacity]], now holds more than it was designed for, and
families have put up tents between the rows. Heavy rain flooded [[about 200 tents|housing;a=camp
managers]] there last week, camp managers said.
""",
)

item(
    "Fire sweeps through Sharya camp, leaving hundreds of families homeless",
    """
A fire swept through the Sharya camp for displaced Yazidis on Friday, burning [[about 400
tents|housing;a=Duhok officials]] and leaving [[hundreds of families|displaced;a=Duhok
officials]] without shelter, Duhok officials said. The health directorate said [[nine
people|injured;a=The health directorate]] had been treated for burns and smoke inhalation. The
camp is home to [[about 15,000 people|displaced]] who fled Sinjar in {{2014}}. The Barzani
Charity Foundation said it had sent [[300 new tents|aid;a=The Barzani Charity Foundation]] and
[[1,500 food baskets|aid;a=The Barzani Charity Foundation]] by nightfall. It was the {{third}}
big fire in Duhok's camps this year, and the civil defence has counted [[more than 20 smaller
fires|other;a=the civil defence;u=other]] since {{January}}, most of them started by faulty
wiring or cooking stoves.
""",
)

item(
    "Baghdad sets deadline to close the Kurdistan region's camps",
    """
Iraq's Ministry of Migration and Displacement said on Tuesday it would close [[the 23
camps|capacity;a=Iraq's Ministry of Migration and Displacement;p]] still open in the Kurdistan
region by {{30 July}}. The ministry said [[about 135,000 people|displaced;a=The
ministry;alt=Iraq's Ministry of Migration and Displacement]] still lived in the camps, most of
them Yazidis from Sinjar. Families who leave are promised a grant of {{4 million dinars}}, about
{{$3,000}}. Kurdish officials in Duhok said [[between 20,000 and 25,000
families|displaced;a=Kurdish officials in Duhok]] had told them they would not leave. [[Eleven
camps|capacity]] have already closed in the province since {{2023}}. The ministry said [[more
than 8,000 families|returned;a=The ministry;alt=Iraq's Ministry of Migration and Displacement]]
had gone back to Sinjar since {{January}} under the plan. Aid groups warned that [[about 80,000
people|returned;a=Aid groups;p]] could be pushed to go back to towns without water, schools or
jobs. The Norwegian Refugee Council said [[more than 4,000 houses|housing;a=The Norwegian
Refugee Council]] in Sinjar were still in ruins.
""",
)

item(
    "IOM: fewer than a third of Sinjar's people have returned",
    """
IOM's Displacement Tracking Matrix counted [[about 95,000 returnees|returned;a=IOM's
Displacement Tracking Matrix]] in Sinjar district at the end of {{2019}}, {{roughly 30 percent}}
of the population before the war. The agency said [[more than 200,000 people|displaced;a=The
agency;alt=IOM's Displacement Tracking Matrix]] from the district were still displaced. North of
the mountain, in Sinuni, [[about 2,100 families|returned]] have returned, drawn by the relative
calm and the reopened market. IOM said it had repaired [[620 houses|housing;a=IOM]] in the
district since {{2017}}. IOM teams found [[17 villages|other;a=IOM teams]] south of the mountain
where nobody had gone back, most of them Sunni Arab or mixed villages. IOM expects [[about
10,000 more people|returned;a=IOM;p]] to go back in {{2020}} if the security situation holds. It
counted [[36 schools|housing;a=IOM]] in the district that were still damaged.
""",
)

item(
    "Nadia's Initiative rebuilds in Sinjar's villages",
    """
Nadia's Initiative, the charity founded by the Nobel laureate Nadia Murad, said it had rebuilt
[[more than 500 homes|housing;a=Nadia's Initiative]] in Sinjar since {{2018}}, along with [[12
schools|housing;a=Nadia's Initiative]] and [[two health centres|housing;a=Nadia's Initiative]].
It has given [[7,000 sheep and goats|aid;a=Nadia's Initiative;n=sheep and goats]] to [[1,200
families|aid;a=Nadia's Initiative]] so they can make a living from the land. The charity plans
to rebuild [[another 300 houses|housing;a=The charity;alt=Nadia's Initiative;p]] in Sinuni and
Khanasor next year. "People will come home when there is a roof, a school and a job," Murad said
in Kocho, where the group restored the school in which the village's men and women were
separated in {{2014}}. In Kocho itself, only [[about 40 families|returned]] have come back.
""",
)

item(
    "Cabinet approves Sinjar reconstruction fund",
    """
Iraq's cabinet on Tuesday approved a fund of {{50 billion dinars}}, roughly {{$38 million}}, for
the reconstruction of Sinjar and the Nineveh Plains, {{nine years}} after the district was
retaken from Islamic State. The money is to be spent over {{three years}}, with {{60 percent}}
going to water, power and roads and the rest to schools and clinics. Officials in Mosul said the
{{first}} tenders would be issued by {{March 2024}}. Critics noted that a similar pledge in
{{2021}} was never paid out, and that the {{2023}} budget set aside less than {{1 percent}} of
the Nineveh allocation for Sinjar.
""",
)

item(
    "Hundreds a day head home to Sinjar after deal",
    """
[[More than 4,000 families|returned;a=IOM]] have returned to Sinjar since the {{first week}} of
{{June}}, IOM said, the biggest wave of returns since the district was retaken in {{2015}}. At
the peak, the agency recorded [[up to 500 people a day|returned;a=the agency;alt=IOM]] passing
the checkpoints on the road from Duhok. In Sinuni alone, [[about 1,100 households|returned]]
have come back. Iraq's Ministry of Migration and Displacement said it had laid on [[150
buses|other;a=Iraq's Ministry of Migration and Displacement]] and paid return grants to [[2,600
families|aid;a=Iraq's Ministry of Migration and Displacement]]. Many returnees cited the
{{COVID-19}} lockdown in the camps, which left day labourers without work. A survey by the
Norwegian Refugee Council found that {{70 percent}} of returnees had gone back to damaged
houses, and that [[about 1,000 families|civilians;a=A survey by the Norwegian Refugee Council]]
had no safe drinking water. IOM said [[up to 15,000 more people|returned;a=IOM;p]] could return
by the end of the year.
""",
)

item(
    "Families return to the camps they left",
    """
[[About 1,800 families|displaced;a=the camp management]] who went back to Sinjar in {{2020}} and
{{2021}} have since returned to camps in Duhok, the camp management said, citing unpaid
salaries, the lack of water and the fighting of {{May 2022}}. In Sinjar town, [[about 70
houses|housing]] a month are being rebuilt by their owners with money from relatives in Germany.
The Kurdistan Region's Joint Crisis Coordination Centre said the camps still held [[about
160,000 people|displaced;a=The Kurdistan Region's Joint Crisis Coordination Centre]] and that
[[about 40,000|displaced;a=The Kurdistan Region's Joint Crisis Coordination Centre]] more lived
in unfinished buildings and rented rooms. IOM said [[some 3,000 households|returned;a=IOM]] had
gone back the other way, from the camps to Sinjar, in the same period. Camp managers said
[[about 400 tents|capacity;a=Camp managers]] had been put back up for the families who came
back. [[Seventeen camps|capacity]] remain open in Duhok province.
""",
)

item(
    "Qadiya camp closes as last families leave",
    """
The Qadiya camp near Zakho closed on Wednesday after [[the last 112 families|returned;a=camp
officials;n=families]] left for their villages, camp officials said, {{ten years}} after it
opened for Yazidis fleeing Sinjar. Officials said [[about 900 families|returned;a=Officials]]
had gone back to Sinjar from the camp since the spring, while [[300
families|displaced;a=Officials]] moved to other camps because their houses were still in ruins.
The ministry of migration said it had paid return grants to [[870 of them|aid;a=The ministry of
migration;n=-;u=household]]. Qadiya was built to hold [[2,500 tents|capacity]] and at its height
housed [[about 15,000 people|displaced]]. It is the {{sixth}} camp to close in Duhok province
this year.
""",
)

item(
    "UN-Habitat hands over houses and title papers in Sinjar",
    """
UN-Habitat said on Monday it had handed over [[220 rebuilt houses|housing;a=UN-Habitat]] to
Yazidi families in the Sinjar district, and issued [[1,400 occupancy
certificates|other;a=UN-Habitat;u=other]] to families who had never held papers for their land.
Under Baathist rule the Yazidis were moved into collective towns in the {{1970s}}, and most
never received title deeds. The agency said [[about 6,000 houses|housing;a=The
agency;alt=UN-Habitat]] in the district were destroyed or damaged beyond repair. It plans to
rebuild [[another 450|housing;a=UN-Habitat;u=structure;p]] by the end of {{2025}}, funded by the
European Union and Germany. UN-Habitat officials said [[about 2,400 families|other;a=UN-Habitat
officials]] were on the waiting list for certificates. [[About 30 local builders|other]] have
been trained to repair shelled houses.
""",
)

item(
    "Returnees in Sinjar get cash and water, IOM says",
    """
IOM said on Thursday it had given cash grants to [[3,200 returnee households|aid;a=IOM]] in
Sinjar and Sinuni this year, worth {{$250}} each, to help families restart small businesses and
repair homes. The agency said it had also rehabilitated [[14 wells|aid;a=The agency;alt=IOM]]
serving [[about 25,000 people|aid;a=The agency;alt=IOM]]. [[Some 7,500 people|civilians;a=IOM]]
in the villages south of the mountain still rely on water trucks, IOM said, as the groundwater
falls by {{one metre}} a year. Its trucks now deliver water to [[40 villages|aid]]. IOM expects
[[about 2,000 more families|returned;a=IOM;p]] to come back before the next school year.
""",
)

item(
    "Germany deports Yazidis to Iraq despite genocide ruling",
    """
Germany deported [[25 Iraqi Yazidis|returned;a=Pro Asyl]] on a charter flight from Leipzig to
Baghdad on Tuesday, the refugee group Pro Asyl said, among them a family with [[four
children|returned;a=Pro Asyl]] who had lived in Brandenburg for {{six years}}. The Bundestag
recognised the crimes of {{2014}} as genocide in {{2023}}, but the interior ministry says Iraqi
Yazidis are not collectively at risk. Yazidi groups say [[about 5,000 Yazidis|returned;a=Yazidi
groups;p]] in Germany could be deported in the coming months. Germany is home to [[about 250,000
Yazidis|civilians]], the largest community outside Iraq. Those sent back are usually taken to
camps in Duhok, where [[more than 100,000 people|displaced;a=officials]] still live, officials
say. Pro Asyl said [[about 1,400 Iraqis|returned;a=Pro Asyl]] were deported from Germany last
year, and that [[another 60 Yazidis|arrested;a=Pro Asyl]] were being held in deportation
detention.
""",
)

item(
    "Sinjar's population counted for the first time since 2014",
    """
The Nineveh governorate's statistics office said its survey of Sinjar district, the {{first}}
since {{2014}}, had counted [[about 215,000 people|civilians;a=The Nineveh governorate's
statistics office]] living there, against [[some 420,000|civilians;a=The Nineveh governorate's
statistics office]] before Islamic State's attack. The work took {{five weeks}} and [[340
enumerators|other]], many of them young Yazidis hired from the camps. The survey found [[about
11,000 houses|housing;a=The survey;alt=The Nineveh governorate's statistics office]] still
destroyed or unfit to live in. The office said [[about 30,000 Sunni Arab
residents|displaced;a=The office;alt=The Nineveh governorate's statistics office]] of the
district's southern villages were still displaced. Officials said [[at least 40
schools|housing;a=Officials;p]] would have to be rebuilt before families with children could be
expected to return. The survey also listed [[about 3,100 residents|missing;a=The survey;alt=The
Nineveh governorate's statistics office]] as missing, most of them taken by Islamic State in
{{2014}}.
""",
)

item(
    "Yazidis in Syria's Newroz camp cross home to Sinjar",
    """
[[About 1,300 Yazidis|returned;a=the Kurdistan Region's Joint Crisis Coordination Centre]] who
had lived in the Newroz camp in north-east Syria since {{2014}} crossed back into Iraq at
Peshkhabour on Sunday, the Kurdistan Region's Joint Crisis Coordination Centre said. They
travelled in [[42 buses|other]] escorted by Kurdish security forces from the Syrian side. The
centre said [[a further 600|returned;a=The centre;alt=the Kurdistan Region's Joint Crisis
Coordination Centre;p]] were expected to cross next month. The Newroz camp still holds [[about
2,000 Yazidis|displaced]], most of them families who fled through Syria when the mountain was
besieged. IOM said it had given food and hygiene kits to [[380 families|aid;a=IOM]] on arrival
in Sinjar. At its height in {{2014}}, the camp sheltered [[some 35,000 people|displaced]].
""",
)

item(
    "Police detain protesters in Khanke camp over closure plan",
    """
Police in Duhok detained [[17 people|arrested;a=a camp official]] after a protest against the
planned closure of the Khanke camp turned into scuffles on Monday, a camp official said. [[About
2,000 residents|other;a=organisers]] joined the march to the camp's gate, organisers said,
carrying banners that read "Sinjar is not ready". The Duhok police said [[three
officers|injured;a=The Duhok police]] were hurt by stones. The camp holds [[about 12,000
people|displaced]], and residents have been told to leave by the end of the year. [[Fourteen of
those detained|arrested;a=lawyers;n=-]] were released the next day without charge, lawyers said.
The ministry of migration has offered return grants to [[about 2,600 families|aid;a=The ministry
of migration;p]] who agree to leave by the deadline.
""",
)

item(
    "Heat and power cuts bear down on Duhok's camps",
    """
Temperatures in Duhok province reached {{49C}} on {{12 July}}, the highest reading since
{{2017}}, and power cuts in the camps for displaced Yazidis lasted {{up to 16 hours}} a day. The
Kurdistan Region's electricity ministry said supply was running {{40 percent}} below demand and
blamed falling gas deliveries. Camp managers said the fridges and fans in the tents could not
run on the {{four hours}} of supply a day. Doctors in the Khanke camp clinic said cases of
heatstroke rose in the {{second week}} of {{July}}, and warned of the risk to infants and the
elderly.
""",
)
