"""dev88 items: Asia (Myanmar and the Rohingya, Pakistan, India, Bangladesh, Afghanistan, the
Philippines, Indonesia, Sri Lanka, China, Nepal), with lakh and crore in South Asian copy, and
one item without a figure."""

from _wrap import item

item(
    "Rohingya exodus to Bangladesh passes 600,000",
    """
The number of Rohingya Muslims who have fled Myanmar's Rakhine state for Bangladesh since {{25
August}} now totals [[607,000|displaced;a=the International Organization for Migration]], the
International Organization for Migration said on Thursday, with [[some 2,000
more|displaced;a=the International Organization for Migration;n=-]] crossing on Wednesday alone.
Médecins Sans Frontières estimated that [[at least 6,700 Rohingya|killed;a=Médecins Sans
Frontières]] were killed in the {{first}} month of the army's crackdown, including [[730
children|killed;a=Médecins Sans Frontières]] {{under the age of five}}. Human Rights Watch said
satellite images showed [[at least 354 villages|other;a=Human Rights Watch]] had been partly or
wholly burned. The Kutupalong settlement, which held [[about 200,000 people|displaced]] before the
exodus, is now home to [[well over half a million|displaced;v=500000;q=at_least]].
""",
)

item(
    "Peshawar mosque bombing toll rises to 100",
    """
Rescuers pulled more bodies from the rubble of a mosque inside Peshawar's police headquarters on
Tuesday, bringing the toll from Monday's suicide bombing to [[100|killed;a=provincial
officials]], provincial officials said. [[Ninety-seven|killed;a=Mohammad Asim]] of the dead were
policemen who had gathered for afternoon prayers, and [[more than 220|injured;a=Mohammad Asim]]
were wounded, said Mohammad Asim, a spokesman for Lady Reading Hospital. The hall was holding
[[between 300 and 400 worshippers|other;a=police]] when the bomber, wearing a police uniform,
detonated his vest, police said. {{Rescue 1122}} teams used cranes to lift slabs of the collapsed
roof. Police said [[at least 23 suspects|arrested;a=Police]] had been detained in raids across
the city. The Pakistani Taliban, which has killed [[hundreds of police|killed]] in Khyber
Pakhtunkhwa since ending a ceasefire in November, denied involvement.
""",
)

item(
    "Delhi riot toll reaches 53 as police register hundreds of cases",
    """
The death toll from last week's religious riots in northeast Delhi has reached [[53|killed;a=Delhi
Police]], Delhi Police said on Monday, and [[more than 200 people|injured;a=Delhi Police]] are
being treated in hospitals. Police have registered [[654 cases|other]] and arrested or detained
[[1,820 people|arrested]] since the violence broke out on {{23 February}}. [[Some 122
houses|housing;a=the Delhi Minorities Commission]], [[322 shops|housing;a=the Delhi Minorities
Commission]] and [[four mosques|housing;a=the Delhi Minorities Commission]] were burned,
according to the Delhi Minorities Commission. The Delhi government announced compensation of
{{₹10 lakh}} for the families of those killed and {{₹5 lakh}} for homes destroyed, and said
[[nearly 1,000 people|displaced;a=The Delhi government]] were staying in a relief camp at
Mustafabad.
""",
)

item(
    "Assam floods affect over 31 lakh people",
    """
Floods in Assam have now affected [[over 31 lakh people|civilians;v=3100000;a=the Assam State
Disaster Management Authority]] in [[32 districts|other;a=the Assam State Disaster Management
Authority]], and [[more than 2.3 lakh|displaced;v=230000;n=-;a=the Assam State Disaster
Management Authority]] are sheltering in [[1,400 relief camps|capacity;a=the Assam State
Disaster Management Authority]], the Assam State Disaster Management Authority said on Tuesday.
The authority put the toll from this year's floods and landslides at [[108|killed;a=The
authority;alt=the Assam State Disaster Management Authority]], with [[11 deaths|killed;a=The
authority;alt=the Assam State Disaster Management Authority]] on Monday alone. Army and National
Disaster Response Force teams have rescued [[nearly 16,000 people|other]] by boat in the Barak
valley, where parts of Silchar have been under water for {{a week}}. Crops on {{1 lakh
hectares}} have been damaged, and Chief Minister Himanta Biswa Sarma has promised {{₹1,000
crore}} for relief.
""",
)

item(
    "Fire tears through Rohingya camp in Cox's Bazar",
    """
A fire swept through {{Camp 11}} of the Rohingya settlement in Bangladesh's Cox's Bazar district
on Sunday afternoon, destroying [[about 2,000 shelters|housing;a=officials]] and leaving
[[roughly 12,000 refugees|displaced;a=officials]] without a roof, officials said. The blaze also
burned [[35 mosques|housing;a=the UN refugee agency]] and [[21 learning centres|housing;a=the UN
refugee agency]], the UN refugee agency said. No one died, but [[a few dozen people|injured]] were
treated for burns and smoke inhalation. Firefighters brought the blaze under control after
{{three hours}}. The camps house [[close to a million Rohingya|displaced;v=1000000;q=approx]],
and fires are common: a {{2021}} blaze in the same area killed [[15 people|killed]] and destroyed
[[some 10,000 shelters|housing]].
""",
)

item(
    "Pakistan flood toll passes 1,100 as monsoon rains persist",
    """
Floods brought on by record monsoon rains have killed [[1,136 people|killed;a=the National
Disaster Management Authority]] since mid-June, among them [[386 children|killed;a=the National
Disaster Management Authority]], the National Disaster Management Authority said on Monday.
Planning Minister Ahsan Iqbal said [[3.3 crore people|civilians;v=33000000;a=Planning Minister
Ahsan Iqbal]], {{one in seven}} Pakistanis, had been affected, and that [[nearly 10 lakh
homes|housing;v=1000000;a=Planning Minister Ahsan Iqbal]] had been damaged or destroyed. Sindh
alone has set up [[5,000 relief camps|capacity]] housing [[more than 4.5 lakh
people|displaced;v=450000]]. The Benazir Income Support Programme is paying {{Rs 25,000}} each to
[[15 lakh families|aid;v=1500000]], and the government puts the cost of the damage at {{more than
$30 billion}}.
""",
)

item(
    "Afghans pour back from Iran as deportations surge",
    """
[[More than 1.4 million Afghans|returned;a=the International Organization for Migration]] have
returned or been forced back from Iran so far this year, the International Organization for
Migration said, [[about 500,000 of them|returned;a=the International Organization for
Migration;n=-]] since June. At the Islam Qala crossing in Herat, officials counted [[in excess of
30,000 people a day|returned;a=officials]] at the peak in early July, many of them families with
small children. The IOM said it had given [[some 28,000 returnees|aid;a=The IOM]] cash, food and
onward transport, and that its reception centre at the border, meant for [[7,000
people|capacity;a=The IOM]], had been overwhelmed. Aid agencies warn that [[as many as 3
million|returned;p;a=Aid agencies]] could be sent back from Iran and Pakistan by the end of the
year. Iran says it hosts [[about 6 million Afghans|displaced;a=Iran]].
""",
)

item(
    "Haiyan death toll climbs past 5,000 in central Philippines",
    """
The number of people confirmed dead after Typhoon Haiyan rose to [[5,209|killed;a=the national
disaster agency]] on Friday, up from [[4,460|killed;a=the national disaster agency]] on
Wednesday, and [[1,611 people|missing;a=the national disaster agency]] remain unaccounted for,
the national disaster agency said. The storm, with gusts of {{315 km/h}}, drove a {{5-metre}}
surge into Tacloban. [[About 4m people|displaced;a=the UN]] have lost their homes or been forced
to leave them, the UN said, and [[upwards of 1.1 million houses|housing;a=the UN]] were damaged,
{{roughly half of them}} destroyed. The World Food Programme has delivered rice to [[some 2.5
million people|aid]]. In Tacloban, [[a few thousand residents|displaced]] waited at the ruined
airport for military flights out.
""",
)

item(
    "Indonesia stadium crush toll revised to 125",
    """
Indonesian police revised the death toll from Saturday's crush at Kanjuruhan stadium in Malang
down to [[125|killed;a=Indonesian police]] from [[174|killed;a=Indonesian police]], saying some
victims had been counted twice. Health officials said [[more than 320 people|injured;a=Health
officials]] were injured, [[dozens of them|injured;a=Health officials;n=-]] seriously. The crush
began when police fired tear gas into the stands after home side Arema FC lost {{3-2}} to
Persebaya Surabaya in a match that kicked off at {{8pm}} despite police requests to move it to
the afternoon. Organisers had sold [[42,000 tickets|other;u=other]]. The child protection ministry
said [[at least 32 children|killed;a=The child protection ministry]] were among the dead, the
youngest {{aged three}}. Police have detained [[six suspects|arrested]], [[three of
them|arrested;n=-]] officers who ordered the tear gas fired.
""",
)

item(
    "Sri Lanka cuts Easter bombing toll by more than 100",
    """
Sri Lanka's health ministry revised the toll from Sunday's suicide bombings of churches and
hotels from [[359|killed;a=Sri Lanka's health ministry]] to [[about 253|killed;a=Sri Lanka's
health ministry]], blaming the error on the difficulty of identifying remains. Officials said
[[some 500 people|injured;a=Officials]] were wounded and that [[at least 40
foreigners|killed;a=Officials]] were among the dead, including [[eight Britons|killed;a=Officials]].
Police said [[76 suspects|arrested;a=Police]] were in custody. The government says the attacks
on {{21 April}} were carried out by [[nine bombers|combatants;a=The government]] from a local
Islamist group. The Catholic Church cancelled public Masses across the country for a {{second}}
week.
""",
)

item(
    "UN committee cites reports of mass detention of Uyghurs",
    """
A UN human rights committee said on Friday it had received credible reports that [[as many as a
million Uyghurs|arrested;a=A UN human rights committee;v=1000000;q=at_most]] and other Muslims
were being held in what resembled 'a massive internment camp' in Xinjiang. Researchers have since
estimated that [[up to 1.8 million people|arrested;a=Researchers]] passed through the camps.
Beijing says the sites are vocational schools, and a white paper it issued in {{2020}} said they
had trained [[1.29 million workers a year|other;n=workers;a=a white paper]] between {{2014 and 2019}}. The
Australian Strategic Policy Institute has identified [[more than 380 suspected detention
facilities|other;a=The Australian Strategic Policy Institute]] in the region and says [[at least
61 of them|other;u=structure;n=-;a=The Australian Strategic Policy Institute]] were expanded
after {{July 2019}}.
""",
)

item(
    "Nepal protest toll rises to 72 as army restores order",
    """
The death toll from {{two days}} of youth-led protests in Nepal rose to [[72|killed;a=the
government]] on Sunday, up from [[51|killed;a=the government]] on Friday, as more bodies were
recovered from burned buildings, the government said. [[Nineteen protesters|killed]] were shot
dead by police outside parliament on the {{first}} day. Hospitals in Kathmandu treated [[more than
2,100 people|injured]]. [[A reported 13,500 inmates|other]] escaped from prisons across the
country during the unrest. Police said [[about 4,000|arrested;a=Police]] had been recaptured by
Saturday. Protesters set fire to parliament and [[scores of police posts|housing;u=structure]],
and the army deployed [[thousands of soldiers|combatants]] in the capital, where a curfew was
lifted at {{5am}} on Monday.
""",
)

item(
    "Myanmar junta says quake toll passes 3,600",
    """
The toll from last week's {{7.7-magnitude}} earthquake in central Myanmar rose to
[[3,649|killed;a=state television]], with [[5,018 people|injured;a=state television]] injured
and [[145|missing;a=state television]] still missing, state television reported on Friday. In
Mandalay, {{17 km}} from the epicentre, [[about 270 monks|killed]] died when monasteries
collapsed during an examination. The UN says [[more than 2 million people|civilians;a=The UN]]
need help. Despite a ceasefire announced by the military, a monitoring group said air strikes had
killed [[in excess of 60 people|killed;a=a monitoring group]] in resistance-held areas since the
quake.
""",
)

item(
    "Pakistan edge India in rain-hit Asia Cup match",
    """
Pakistan beat India by {{six runs}} under the Duckworth-Lewis-Stern method in a rain-hit Asia Cup
match in Colombo on Sunday. Babar Azam top-scored with {{83}} off {{64 balls}} as Pakistan posted
{{251 for 7}} in their {{50 overs}}. India were {{239 for 8}} after {{46.2 overs}} when heavy
rain ended play at {{9.40pm}}, leaving them {{six runs}} behind the par score. Shaheen Afridi took
{{4-37}}, his {{third}} four-wicket haul against India. The teams could meet again in the final
in Colombo on {{17 September}}.
""",
)
