"""dev88 items: the Middle East and North Africa (Gaza, Israel, the West Bank, Lebanon, Syria,
Turkey, Iraq, Yemen, Iran, Libya), and one item without a figure."""

from _wrap import item

item(
    "Israeli raid frees four hostages in Nuseirat as Gaza toll mounts",
    """
Israeli special forces freed [[four hostages|kidnapped;a=the military]] from a residential area
of Nuseirat in central Gaza on Saturday, the military said, in a daytime raid backed by heavy air
and ground fire. Gaza's Health Ministry said the toll from the operation stood at
[[274|killed;a=Gaza's Health Ministry]] by Sunday, including [[64 children|killed;a=Gaza's Health
Ministry]] and [[57 women|killed;a=Gaza's Health Ministry]], and that [[nearly 700
people|injured;a=Gaza's Health Ministry]] had been wounded. The Israeli military said [[fewer
than 100 Palestinians|killed;a=The Israeli military]] had been killed. The freed hostages, aged
{{21 to 40}}, had been held since {{October 7}}. Israeli officials say [[about 120
hostages|kidnapped;a=Israeli officials]] remain in Gaza.
""",
)

item(
    "Aid into Gaza falls to lowest level of the war",
    """
An average of [[fewer than 70 trucks a day|aid;a=the UN]] entered Gaza in October, the UN said,
down from [[about 150 a day|aid;u=other;a=the UN]] in September and a fraction of [[the roughly
500 trucks|aid;a=the UN]] that crossed on an ordinary working day before the war. The Integrated
Food Security Phase Classification said [[1.84 million people|civilians;a=The Integrated Food
Security Phase Classification]] faced emergency levels of hunger, [[133,000 of
them|civilians;a=The Integrated Food Security Phase Classification;n=-]] catastrophic hunger.
UNRWA says [[in excess of 1.9 million people|displaced;a=UNRWA]], {{nine in ten}} of Gaza's
residents, have been displaced, many of them several times. At the Kerem Shalom crossing, [[about
1,000 truckloads|aid;u=other;a=UN officials]] of supplies were waiting to be collected because of
looting and fighting, UN officials said.
""",
)

item(
    "Demolitions leave West Bank herding families homeless",
    """
Israeli forces demolished [[22 structures|housing;a=the UN humanitarian office]], among them [[11
homes|housing;a=the UN humanitarian office]] and a school, in the Masafer Yatta area south of
Hebron on Wednesday, displacing [[eight families|displaced;a=the UN humanitarian office]], [[some
50 people|displaced;a=the UN humanitarian office]] in all, the UN humanitarian office said. The
area, declared a military firing zone in the {{1980s}}, is home to [[about 1,150
Palestinians|civilians]] in [[a dozen hamlets|other]] reached by dirt tracks from {{Route 60}}.
Israel's Supreme Court ruled in {{May 2022}} that residents could be evicted, and since then the
office has recorded [[more than 300 structures|housing;a=the office;alt=the UN humanitarian
office]] demolished there. Settlers from a nearby outpost have also attacked residents, injuring
[[at least 14|injured]] since January.
""",
)

item(
    "Exploding pagers kill 12 and wound thousands in Lebanon",
    """
Pagers used by Hezbollah members exploded almost simultaneously across Lebanon and parts of Syria
on Tuesday afternoon. Health Minister Firass Abiad said the blasts had killed [[12
people|killed;a=Health Minister Firass Abiad]], including [[two children|killed;a=Health
Minister Firass Abiad]], and wounded [[almost 2,800|injured;a=Health Minister Firass Abiad]],
[[roughly 300 of them|injured;a=Health Minister Firass Abiad;n=-]] critically. The devices were
{{AR924}} models bearing the brand of a Taiwanese firm, which said they had been made under
licence in Europe. Hospitals in Beirut's southern suburbs appealed for blood as [[hundreds of
wounded|injured]] arrived with injuries to their hands, eyes and faces. A {{second}} wave of
explosions, this time of walkie-talkies, killed [[25 more|killed;n=-]] the following day,
bringing the toll to [[37|killed]].
""",
)

item(
    "Rebels open Syria's prisons as families search for the missing",
    """
Rebel fighters who swept into Damascus on Sunday broke open the gates of Sednaya military prison
and freed [[thousands of detainees|arrested]], some of whom had been held for decades. The
Syrian Network for Human Rights says [[more than 112,000 people|missing;a=The Syrian Network for
Human Rights]] remain forcibly disappeared after {{13 years}} of war. On Monday the White Helmets
said they had searched the prison's underground levels for {{two days}} and found no hidden
cells. That dashed the hopes of [[hundreds of families|other]] waiting at the gates. Amnesty
International estimated in {{2017}} that [[as many as 13,000 people|killed;a=Amnesty
International]] had been hanged at Sednaya between {{2011 and 2015}}. An association of former
Sednaya inmates says [[more than 30,000 prisoners|arrested;a=An association of former Sednaya
inmates]] passed through its cells after {{2011}}.
""",
)

item(
    "Iraq presses to close last camps for the displaced",
    """
[[Almost 4.9 million Iraqis|returned;a=the International Organization for Migration]] who fled
the war against Islamic State have gone back to their home areas, according to the International
Organization for Migration, but [[about 1.1 million|displaced;a=the International Organization
for Migration]] remain displaced {{seven years}} after the group's defeat. The government has set
a deadline of {{30 July}} to close [[the 23 camps|capacity]] still open in the Kurdistan region,
which house [[roughly 150,000 people|displaced]], many of them Yazidis from Sinjar. Aid groups
say [[more than 6,000 homes|housing;a=Aid groups]] in Sinjar are still in ruins and that {{fewer
than half}} of its pre-war residents have returned. Each returning family is paid {{1.5 million
dinars}}, about {{$1,150}}, by the migration ministry, which says [[12,000 households|aid;a=the
migration ministry]] have received the grant since January.
""",
)

item(
    "Houthis detain more UN staff in Yemen",
    """
Houthi security forces have detained [[13 UN staff members|arrested;a=UN Secretary-General
António Guterres]], [[six of them|arrested;a=UN Secretary-General António Guterres;n=-]] from
the human rights office, in raids in Sanaa and Hodeidah, UN Secretary-General António Guterres
said on Friday. Rights groups say [[dozens of other aid workers and activists|arrested;a=Rights
groups;n=aid workers and activists]] have been held since June. The Security Council, which
imposed an arms embargo on the group under {{Resolution 2216}} in {{2015}}, condemned the
detentions. The World Food Programme, which fed [[about 13 million people a month|aid]] in
Houthi-held areas at its peak, has paused work in Saada province. The UN says [[18.2 million
people|civilians;a=The UN]] in Yemen need humanitarian assistance.
""",
)

item(
    "Rights group raises toll from Zahedan crackdown to 96",
    """
Security forces killed [[at least 66 people|killed;a=Amnesty International]] when they opened
fire on worshippers and protesters after Friday prayers in Zahedan on {{30 September}}, Amnesty
International said, and [[scores more|injured;a=Amnesty International;n=-]] were wounded. The
Baluch rights group Haalvsh later raised the toll to [[96|killed;a=The Baluch rights group
Haalvsh]], up from [[82|killed;a=The Baluch rights group Haalvsh]] a week earlier, including
[[10 children|killed;a=The Baluch rights group Haalvsh]]. Authorities said [[five
members|killed;a=Authorities]] of the Revolutionary Guards were among the dead.
[[Hundreds|arrested;a=lawyers in the city]] were arrested in the days that followed, lawyers in
the city told the BBC. Rights groups say the nationwide protests that began after the death in
custody of Mahsa Amini, {{22}}, left [[more than 500 protesters|killed;a=Rights groups]] dead by
early {{2023}}.
""",
)

item(
    "Turkey quake toll passes 41,000 as search turns to recovery",
    """
The death toll in Turkey from the {{7.8-magnitude}} earthquake rose to [[41,020|killed;a=the
disaster agency AFAD]] on Wednesday, the disaster agency AFAD said, bringing the combined toll
with Syria to [[more than 47,000|killed;a=the disaster agency AFAD]]. The quake struck at
{{4:17am}} on {{6 February}}. In rebel-held northwest Syria, the White Helmets said the dead
numbered [[2,274|killed;a=the White Helmets]] and that [[more than 12,400 people|injured;a=the
White Helmets]] had been hurt. Turkish officials estimate that [[upwards of 1.5 million
people|displaced;a=Turkish officials]] are homeless and that [[some 160,000
buildings|housing;a=Turkish officials]] containing [[520,000 apartments|housing;a=Turkish
officials]] collapsed or were badly damaged. The Turkish Red Crescent has set up [[in excess of
350,000 tents|aid]] across the quake zone.
""",
)

item(
    "Israel revises down death toll from October 7 attack",
    """
Israel has revised the toll from Hamas's {{October 7}} attack down to [[about 1,200|killed;a=a
government spokesman]] from [[1,400|killed;a=a government spokesman]], a government spokesman
said on Friday, after some badly burned bodies were identified as those of militants. The
military said the number of hostages held in Gaza stood at [[240|kidnapped;a=The military]], up
from [[224|kidnapped;a=The military]] announced a week earlier, and that [[more than 30 of
them|kidnapped;a=The military;n=-]] were children. The army says [[about 1,500
militants|killed;a=The army]] were killed inside Israel in the fighting that followed. [[Some
360,000 reservists|combatants]] have been called up. [[About 126,000 Israelis|displaced;a=the
Knesset's research centre]] have been evacuated from communities near Gaza and the Lebanese
border, according to the Knesset's research centre.
""",
)

item(
    "Syrians head home from Lebanon and Turkey after Assad's fall",
    """
[[More than 500,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since
the fall of Bashar al-Assad in December, UNHCR said on Tuesday, along with [[over 1.2 million
internally displaced people|returned;a=UNHCR]] who have gone back to their home areas. Lebanese
officials said [[between 2,000 and 3,000 people a day|returned;a=Lebanese officials]] were
crossing home through the Masnaa border post. Lebanon still hosts [[roughly 1.5 million
Syrians|displaced;a=the Lebanese government]], according to the Lebanese government. Turkey's
interior minister said [[fewer than 200,000|returned;a=Turkey's interior minister]] of [[the 2.9
million Syrians|displaced;a=Turkey's interior minister]] under temporary protection there had
gone back. Many returnees find their homes in ruins: the UN estimates that [[in excess of
300,000 housing units|housing;a=the UN]] were destroyed or damaged in the war.
""",
)

item(
    "Libyan investigators exhume more bodies at Tarhuna",
    """
Libya's missing persons authority said on Sunday it had recovered [[11 more bodies|killed;a=Libya's
missing persons authority]] from farmland outside Tarhuna, bringing the number exhumed since
{{June 2020}} to [[in excess of 250|killed;a=Libya's missing persons authority]]. Families in the
town, {{90 km}} south-east of Tripoli, have reported [[more than 350 relatives|missing;a=Families
in the town]] missing since the Kaniyat militia was driven out. Only [[about 120 of the
dead|killed;a=the authority;alt=Libya's missing persons authority]] have been identified by DNA,
the authority said. The Kaniyat, whose fighters numbered [[as many as 4,000|combatants]] at their
height, controlled Tarhuna from {{2015}} until {{June 2020}}. [[Hundreds of families|displaced]]
fled to Tripoli when the militia lost the town, and many have not gone back.
""",
)

item(
    "Lebanon unifies exchange rate at 89,500 pounds to the dollar",
    """
Lebanon's central bank said on Thursday it would adopt a single official exchange rate of
{{89,500}} pounds to the dollar from {{1 February}}, replacing the rate of {{15,000}} used for
customs and taxes. The pound was pegged at {{1,507.5}} to the dollar for {{more than two
decades}} before the financial collapse that began in {{2019}} wiped out {{about 98%}} of its
value. Depositors have been unable to withdraw savings worth an estimated {{$90 billion}}. The
government defaulted on {{$31 billion}} of Eurobonds in {{March 2020}}, and talks on a {{$3
billion}} IMF loan have stalled since a staff-level deal in {{April 2022}}. Inflation reached
{{221%}} last year.
""",
)
