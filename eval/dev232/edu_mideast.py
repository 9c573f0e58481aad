"""Gaza and the West Bank, Syria, Yemen and Lebanon: schools hit and sheltering families, pupils,
teachers and students killed, abducted or evacuated, exams, meals and learning spaces."""

from _wrap import item

item(
    "Strike on Gaza school-turned-shelter kills families, civil defence says",
    """
An Israeli strike on a UN-run school sheltering displaced families in Gaza City killed
[[at least 17 people|killed;a=Gaza's Civil Defence agency]], among them
[[six children|killed;a=Gaza's Civil Defence agency]], Gaza's Civil Defence agency said on
Thursday. The agency said [[dozens|injured;a=The agency;alt=Gaza's Civil Defence agency]] more
were wounded and that rescuers were still searching the rubble for
[[four people|missing;a=The agency;alt=Gaza's Civil Defence agency]]. The school in al-Daraj had
been housing [[about 350 displaced families|displaced]] since the spring, according to UNRWA.
The Israeli military said it had struck a Hamas command centre inside the compound and killed
[[nine militants|killed;a=The Israeli military]]. UNRWA says
[[more than 190 of its schools|housing;a=UNRWA;n=schools]] have been hit since
{{October 2023}}, many of them while serving as shelters.
""",
)

item(
    "Gaza pupils lose a second school year as tents replace classrooms",
    """
For the second year running, none of Gaza's [[625,000 school-age children|civilians;a=UNICEF]]
began the school year in a classroom, UNICEF said on {{September 9, 2025}}. The agency and its
partners have set up [[some 180 temporary learning spaces|aid;a=The agency;alt=UNICEF;u=structure]]
in tents across Deir al-Balah and Khan Younis, reaching
[[roughly 48,000 children|aid;a=The agency;alt=UNICEF]] with basic literacy and numeracy. Each
tent holds [[up to 40 pupils|capacity]] at a time. The Education Cluster found, in an analysis of
satellite imagery, that {{95.2%}} of school buildings had been damaged and
[[501 schools|housing;a=The Education Cluster]] had taken a direct hit. A teacher in Mawasi said
her class has [[52 girls|other;a=A teacher in Mawasi]], aged {{seven to 11}}, and no books. The
cluster plans to open
[[another 250 learning spaces|aid;p;a=The cluster;alt=The Education Cluster;u=structure]] before
the winter rains.
""",
)

item(
    "Tawjihi exams sat online from Gaza for first time",
    """
[[Around 1,500 students|other;a=the Palestinian education ministry]] in Gaza sat the
{{2024}} general secondary exam online on Saturday, the Palestinian education ministry in
Ramallah said, out of [[some 39,000|other;a=the Palestinian education ministry;n=-]] who would
normally have taken it. Officials said connectivity problems forced
[[more than 300 candidates|other;a=Officials]] to restart their papers. The ministry said
[[over 10,000 students|killed;a=The ministry;alt=the Palestinian education ministry]] and
[[about 400 teachers|killed;a=The ministry;alt=the Palestinian education ministry]] had been
killed in Gaza since the war began, and
[[more than 16,000 students|injured;a=The ministry;alt=the Palestinian education ministry]]
wounded. The exam, known as the Tawjihi, decides university places for {{18-year-olds}} across
the West Bank and Gaza.
""",
)

item(
    "Gaza universities in ruins, rectors say",
    """
All of Gaza's
[[12 universities|housing;a=the rectors of the Islamic University and al-Azhar University;u=structure]]
have been damaged or destroyed, the rectors of the Islamic University and al-Azhar University
said in a joint statement on {{January 20, 2024}}. The statement said
[[95 academics|killed;a=The statement]], including
[[three university presidents|killed;a=The statement]], had been killed.
[[Some 88,000 university students|civilians]] have had no classes since {{October 7}}. Israel's
military said Hamas had used campus buildings to store weapons. Birzeit University in the West
Bank said it has offered [[1,200 places|capacity;a=Birzeit University;u=other]] to Gaza students
in online courses, and [[about 850|other;a=Birzeit University;n=-]] have enrolled so far.
""",
)

item(
    "Pupils back in class in Jenin after camp schools reopen",
    """
[[Nearly 6,000 pupils|returned;a=UNRWA]] went back to class in Jenin and Tulkarem on Sunday,
UNRWA said, after Israeli military operations in the two refugee camps kept
[[23 agency schools|other;a=UNRWA]] shut for {{six weeks}}. Not all came back: staff at one
boys' school in Jenin camp counted [[140 empty desks|other;a=staff at one boys' school in Jenin camp;u=other]]
on the first morning, as families displaced by the raids had moved to villages outside the city.
The Palestinian Authority's education directorate said
[[about 3,000 children|displaced;a=The Palestinian Authority's education directorate]] from the
camps were now enrolled in schools elsewhere. [[Two of the schools|housing;n=schools]] had their gates and
fences torn down by an Israeli army bulldozer during the operation. The military said the raid
targeted armed groups.
""",
)

item(
    "Food and notebooks reach Gaza's tent schools",
    """
The World Food Programme has begun handing out date bars to children attending tent schools in
central Gaza, the first school feeding in the Strip since the war began. The agency said it
aims to reach [[150,000 children a day|aid;p;a=The agency;alt=The World Food Programme]] once
crossings allow enough supplies in. In the first week,
[[42 trucks|aid;a=WFP]] carried [[210 tonnes|aid;a=WFP]] of fortified biscuits and date bars, according
to WFP. Save the Children said it had distributed
[[7,300 learning kits|aid;a=Save the Children]] with notebooks, pencils and a solar lamp, and
[[1,100 recreational kits|aid;a=Save the Children]] for younger children. A carton of date bars costs
about {{$18}} to deliver. The charity said a further
[[20,000 kits|aid;p;a=The charity;alt=Save the Children]] were waiting in Egypt for clearance.
""",
)

item(
    "Gaza exam calendar shifted again",
    """
The Palestinian education ministry said the {{2025}} session of the Tawjihi would open on
{{July 12}} and run for {{11 days}}, with papers starting at {{9 a.m.}} and lasting no more than
{{two and a half hours}}. Candidates in Gaza will need a score of at least {{65 per cent}} for
medicine and {{50 per cent}} for the humanities. The results are due on {{August 3}}. The
ministry first moved the session in {{2024}}, when the {{12th-grade}} exam was held a
{{second}} time, in {{November}}, for students who could not sit it in summer.
""",
)

item(
    "Airstrike on Idlib school complex kills children and teachers",
    """
Air strikes on a school complex in the village of Haas in Idlib province killed
[[22 children|killed;a=UNICEF]] and [[six teachers|killed;a=UNICEF]], UNICEF said on
{{October 27, 2016}}, calling it possibly the deadliest attack on a school since the war began
in {{2011}}. The Syrian Observatory for Human Rights put the overall toll at
[[35 people|killed;a=The Syrian Observatory for Human Rights]]. Local rescuers said
[[more than 40|injured;a=Local rescuers;n=-]] were wounded, many of them pupils caught in the
open as they left class. Russia's defence ministry denied its aircraft were involved. The
complex had [[about 700 pupils|other;a=one local teacher]] enrolled across its buildings, one
local teacher said.
""",
)

item(
    "Kobani schoolboys freed after five months in IS hands",
    """
Islamic State militants have released the last
[[25 Kurdish schoolboys|kidnapped;a=the Syrian Observatory for Human Rights]] they abducted
in May on their way home from exams in Aleppo, the Syrian Observatory for Human Rights said.
The boys, aged {{13 to 14}}, were among
[[about 150 pupils|kidnapped;a=the Kurdish authorities in Kobani]] seized from their buses
near Manbij, according to the Kurdish authorities in Kobani. [[About 30 boys|kidnapped]] escaped and the rest
were released in small groups over the summer. Freed boys said [[about 20 fighters|combatants;a=Freed boys]] guarded them at a school in
Manbij, where they were made to attend daily religious lessons. The Observatory said it was unclear whether
[[at least five others|missing;a=The Observatory;alt=the Syrian Observatory for Human Rights;n=-]]
were still held.
""",
)

item(
    "Schools in Hasakah fill with families fleeing Turkish offensive",
    """
Authorities in north-east Syria have opened [[68 schools|capacity;a=Authorities in north-east Syria]]
in Hasakah city to families fleeing the Turkish offensive along the border, and classes for
[[some 86,000 pupils|other]] have been suspended. "Every classroom has a family in it now," said a school caretaker in the Nashwa
district. The UN estimates that [[about 180,000 people|displaced;a=The UN]] have been
displaced in the first week, [[nearly 80,000 of them|displaced;a=The UN;n=-]] children. Kurdish
officials said [[at least 10 schools|housing;a=Kurdish officials]] in Ras al-Ain and Tal Abyad had
been damaged by shelling, and the Syrian Democratic Forces said it had
[[about 1,000 fighters|combatants;a=the Syrian Democratic Forces]] guarding the
displacement sites.
""",
)

item(
    "Syrian returnees find schools stripped and roofless",
    """
[[More than 310,000 Syrian refugees|returned;a=UNHCR]] have come back from neighbouring countries
since {{December 8}}, UNHCR said, and many of their children are finding village schools with
no doors, windows or desks. The education ministry in Damascus said
[[7,000 schools|housing;a=The education ministry in Damascus]] across the country were damaged
or destroyed, out of
[[about 19,000|other;a=The education ministry in Damascus;n=-;u=structure]] before the war. UNICEF said it would rehabilitate
[[1,200 classrooms|housing;p;a=UNICEF]] this year in Idlib, Hama and rural Damascus. In the
village of Kafr Nabl, [[about 400 children|returned]] went back to class in the spring in a school
that still has only [[three classrooms|other]] with a roof. "We teach in shifts and
in the yard," said its headmaster.
""",
)

item(
    "Saada bus strike: Yemen buries children killed on school trip",
    """
[[Hundreds of mourners|other]] gathered in Dahyan on Monday to bury the children killed when a
coalition air strike hit their school bus at a market on {{August 9, 2018}}. The Houthi-run
health ministry said [[51 people|killed;a=The Houthi-run health ministry]] died, including
[[40 children|killed;a=The Houthi-run health ministry]], and
[[79 others|injured;a=The Houthi-run health ministry]] were wounded, [[56 of them|injured;a=The Houthi-run health ministry;n=-]]
children. The International Committee of the Red Cross said its hospital in Saada had received
[[29 bodies|killed;a=The International Committee of the Red Cross]], most of boys under {{15}}.
The boys, from a Koranic summer school, were on an outing. The Saudi-led coalition initially
called the strike a legitimate military action and later said a review had found mistakes.
""",
)

item(
    "Houthi summer camps draw children away from classrooms, monitors say",
    """
The Houthis enrolled [[more than 600,000 children|other;a=a Yemeni rights group]] in their
summer courses last year, according to a Yemeni rights group that tracks recruitment, and
[[at least 1,400 boys|combatants;a=the group;alt=a Yemeni rights group]] later joined the
fighting on front lines in Marib and Taiz, the group alleged. The UN verified the recruitment of
[[117 children|combatants;a=The UN]] by all parties in {{2023}}, most of them by the Houthis. The
UN also verified the military use of [[16 schools|other;a=UN]]. Houthi
officials said the camps teach the Koran and sport to pupils aged {{10 to 18}}. A teacher in
Sanaa said [[about a dozen pupils|other;a=A teacher in Sanaa]] from her class did not come back
after the summer.
""",
)

item(
    "Yemen: 4.5 million children out of school as teachers go unpaid",
    """
[[About 4.5 million children|civilians;a=UNICEF]] in Yemen are out of school, UNICEF said on
Tuesday, and {{two-thirds}} of the country's teachers, [[some 172,000|other;a=UNICEF;n=-]], have
not received a regular salary since {{2016}}. The agency counts
[[2,916 schools|housing;a=The agency;alt=UNICEF]] destroyed, damaged or used for non-educational
purposes since the war escalated in {{March 2015}}. It gives small monthly incentives to
[[about 40,000 teachers|aid;a=UNICEF]] in the north and plans to reach
[[another 10,000|aid;p;a=UNICEF;n=-]] next year. In Marib, where
[[some 2 million displaced people|displaced;a=the local education office]] live in and around
the city, classes of [[up to 90 pupils|other;a=the local education office]] are common, the local
education office said.
""",
)

item(
    "Yemen's exam results: pass rate rises in Aden",
    """
The education ministry in Aden said the pass rate in the {{2023-24}} secondary certificate
exams rose to {{81.6 per cent}}, from {{76 per cent}} a year earlier. The top candidate, a
{{17-year-old}} from Mukalla, scored {{98.9%}}. Results were published {{three weeks}} late
because of a teachers' strike over pay, which in Aden stands at about {{90,000 rials}} a month,
or less than {{$60}}. The exams in Houthi-held Sanaa were held on {{June 8}} and their results
are due on {{July 30}}.
""",
)

item(
    "Lebanon turns public schools into shelters as the school year is put off",
    """
Lebanon's education ministry postponed the start of the school year to {{November 4}} after
[[more than 1,000 public schools|capacity]] were turned into
shelters for people fleeing Israeli bombardment in the south and the Beirut suburbs. The
caretaker government said [[about 190,000 displaced people|displaced;a=The caretaker government]]
were staying in [[973 collective shelters|capacity;a=The caretaker government]], most of them
schools. [[Around 500,000 children|civilians;a=UNICEF]] have had their education disrupted,
according to UNICEF. The education minister said classes would run in
[[about 300 schools|other;p;a=The education minister]] not used as shelters, in afternoon
shifts for displaced pupils. An Israeli strike hit a school in Nabatieh on Saturday, and the
health ministry said [[two teachers|killed;a=the health ministry]] were among the dead.
""",
)

item(
    "Gaza students leave for universities abroad via Kerem Shalom",
    """
[[Seventy-two Gaza students|displaced;a=Ireland's foreign ministry]] holding scholarships at
universities in Ireland, Britain and France left the Strip through the Kerem Shalom crossing on
Wednesday, Ireland's foreign ministry said. They were taken by bus to Jordan and flown on from
Amman. [[At least 300 more|displaced;p;a=Gaza's Higher Education Ministry;n=-]] have places abroad
and are waiting for Israeli approval to leave, Gaza's Higher Education Ministry said. The
ministry said [[about 20 students|killed;a=The ministry;alt=Gaza's Higher Education Ministry]] who had
won foreign scholarships were killed before they could leave. The evacuation was the {{third}}
of its kind since {{May}}. Universities UK said
[[about 40 students|displaced;a=Universities UK]] had reached British campuses so far this
year. One student said [[two classmates|missing;a=One student]] who had also won places
had not been heard from since Israeli troops entered their neighbourhood in Gaza City.
""",
)
