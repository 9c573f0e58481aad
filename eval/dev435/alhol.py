"""dev435 items: Iraqis brought back from Syria's al-Hol camp to Jeddah 1, screened, detained,
tried and sent home, and the IS detainees transferred from Syria, 2018-2026."""

from _wrap import item

item(
    "Iraq brings first families home from Syria's al-Hol camp",
    """Iraq on Tuesday repatriated [[94 families|returned;a=a security official]] from al-Hol camp
    in north-east Syria, the {{first}} such transfer since the camp filled with the relatives of
    Islamic State fighters in {{2019}}, a security official said. The [[381 people|returned]],
    most of them women and children, were taken by bus under army escort to the {{Jeddah 1}} camp
    near Qayyarah, south of Mosul, where they will be screened by security agencies. Iraq's
    national security adviser, Qassim al-Araji, has said [[about 30,000 Iraqis|displaced;
    a=Qassim al-Araji;alt=Iraq's national security adviser]] are in al-Hol and that all of them
    will eventually be brought back. Officials said [[about 500 families|returned;p;
    a=Officials]] would follow by the end of the year. Tribal leaders in Nineveh and Anbar warned
    that returnees could face revenge attacks, and [[several hundred people|other]] protested
    against the transfer in Qayyarah. The Syrian Democratic Forces, who run al-Hol, say the camp
    holds [[about 62,000 people|displaced;a=The Syrian Democratic Forces]], {{more than 80
    percent}} of them women and children.""",
)

item(
    "Iraq has brought home more than 2,400 families from al-Hol, UN says",
    """Iraq has repatriated [[more than 2,400 families|returned;a=the UN Office of
    Counter-Terrorism]] - [[about 9,000 people|returned;a=the UN Office of Counter-Terrorism]] -
    from al-Hol since {{May 2021}}, the UN Office of Counter-Terrorism said on Wednesday, calling
    the programme a model for other countries. [[More than 6,000|returned]] of them have since
    left {{Jeddah 1}} for their home areas, and [[around 1,600|displaced]] remain in the camp.
    [[About 23,000 Iraqis|displaced;a=UN figures]] are still in al-Hol, according to UN figures.
    UNICEF says [[some 10,500|displaced;a=UNICEF]] of them are children. Western countries have
    repatriated [[fewer than 1,500|returned;a=the office;alt=the UN Office of
    Counter-Terrorism]] of their own nationals from the camps of north-east Syria, the office
    said.""",
)

item(
    "Inside Jeddah 1, where al-Hol returnees wait to go home",
    """QAYYARAH, Iraq (AFP) - Behind concrete walls and army checkpoints south of Mosul, {{Jeddah
    1}} was built to house [[about 3,000 people|capacity;a=Khalid Abdul Karim]] and now holds
    [[1,740 residents|displaced;a=Khalid Abdul Karim]], its director, Khalid Abdul Karim, said.
    Each new group spends {{three to six months}} there, attending psychological, religious and
    vocational sessions run by the ministry, UN agencies and aid groups. Since {{2021}}, [[more
    than 2,700 families|returned;a=Khalid Abdul Karim]] have left the camp for home, he said, and
    [[140 families|displaced;a=Khalid Abdul Karim]] have been sent to other camps because their
    tribes refused to take them back. Security forces arrested [[62 residents|arrested]] on
    outstanding warrants last year. Another convoy of [[about 150 families|returned;p;a=camp
    staff]] is expected from al-Hol next week, camp staff said. IOM says it has given [[about 2,100 returnees|aid;a=IOM]]
    reintegration grants and job training. "We came from a prison to a school," said a
    {{29-year-old}} woman from Hatra who asked not to be named.""",
)

item(
    "Iraqi security service detains al-Hol returnees wanted for IS crimes",
    """Iraq's National Security Service said on Sunday it had arrested [[17 men|arrested;a=Iraq's
    National Security Service]] among the latest group of returnees from al-Hol, all wanted under
    {{Article 4}} of the anti-terrorism law. The service said the men were among [[611
    people|returned;a=The service;alt=Iraq's National Security Service]] brought back on
    Thursday. [[Four women|arrested]] were also held for questioning and later released. Since
    the repatriations began, [[more than 1,300 returnees|arrested;a=an Iraqi security official]]
    have been detained, according to an Iraqi security official. Iraq has also taken custody of
    [[about 3,000 Iraqi men|arrested]] from prisons run by the Syrian Democratic Forces in
    Hasakah. Human Rights Watch says [[at least 450|arrested;a=Human Rights Watch]] of them have
    been sentenced to death, often on the strength of confessions.""",
)

item(
    "US begins moving IS detainees from Syria into Iraqi custody",
    """The US military said on Wednesday it had begun transferring Islamic State detainees held in
    north-east Syria to Iraq, with [[an initial 150|arrested;a=The US military]] flown from
    Hasakah to Baghdad. [[Up to 7,000 detainees|arrested;p;a=US Central Command]] could
    eventually be moved, US Central Command said. Iraqi officials say [[about 2,000|arrested;
    a=Iraqi officials]] of those to be transferred are Iraqi citizens. Iraq's Supreme Judicial
    Council said the men would be tried in Iraqi courts. The Syrian government, which took over
    the camps and prisons of the north-east from the SDF this month, holds [[about 9,000 IS
    suspects|arrested]] in [[more than two dozen facilities|other]]. The US has [[about 2,000
    troops|combatants]] in Iraq and [[some 1,000|combatants]] in Syria, under plans to withdraw
    most of them by {{September 2026}}.""",
)

item(
    "Anbar tribes agree to take back families of IS members, with conditions",
    """Tribal sheikhs from across western Anbar signed a pact in Qaim on Saturday allowing [[about
    240 families|returned;p;a=provincial officials]] now in {{Jeddah 1}} to go home to Qaim, Rawa
    and Anah, provided they disown relatives who fought for Islamic State, provincial officials
    said. Under the pact, [[around 60 families|displaced]] whose members are accused of killing
    tribesmen will not be allowed back. "We have buried [[400 of our sons|killed;a=Sheikh Rafi
    al-Karbouli]] because of Daesh," said Sheikh Rafi al-Karbouli. Similar deals have faltered: in
    {{2022}}, [[three returnee homes|housing;a=UNAMI]] near Qaim were blown up and [[22
    families|displaced;a=UNAMI]] fled back to {{Jeddah 1}}, according to UNAMI. Iraq's migration
    ministry says [[about 700 families|displaced;a=Iraq's migration ministry]] from Anbar are
    still in camps in Iraq or Syria.""",
)

item(
    "UNICEF urges faster returns for Iraqi children in al-Hol",
    """UNICEF said on Monday that [[about 8,000 Iraqi children|displaced;a=UNICEF]] remain in
    al-Hol, [[more than 2,000|displaced;a=UNICEF]] of them {{under five}}. [[At least 11
    children|killed;a=the agency;alt=UNICEF]] were killed in the camp last year, in fires,
    accidents and shootings, the agency said. It said [[some 2,600 children|returned;a=UNICEF]]
    had been brought back to Iraq since {{2021}} and that [[around 1,100|aid;a=UNICEF]] of them
    had received psychosocial care in {{Jeddah 1}}. [[About 150 boys|arrested]], some {{as young
    as 12}}, are held in detention centres run by the Syrian Democratic Forces, having been taken
    from their mothers when they {{turned 14}}. "Every month in the camp is a month of childhood
    lost," said the agency's representative in Iraq.""",
)

item(
    "Al-Hol empties as Iraq speeds up returns after Assad's fall",
    """Iraq brought back [[more than 3,800 people|returned;a=the Ministry of Migration and
    Displacement]] from al-Hol in the {{first half}} of {{2025}}, {{twice}} as many as in the same
    period last year, the Ministry of Migration and Displacement said. The camp now holds [[fewer
    than 30,000 residents|displaced;a=the Kurdish-led administration]], the Kurdish-led
    administration that runs it said, down from [[more than 70,000|displaced;a=the Kurdish-led
    administration]] at its peak in {{2019}}. [[About 16,000 Iraqis|displaced]] remain. Baghdad
    has said it aims to repatriate [[the remaining 4,000 families|returned;p;a=Baghdad]] by the
    end of {{2026}}. Each convoy now carries [[between 150 and 200 families|returned]] across the
    Rabia crossing. In {{February}}, [[two Iraqi women|killed]] were shot dead inside the camp in
    killings blamed on Islamic State enforcers.""",
)

item(
    "Baghdad court sentences 11 men sent back from Syrian prisons",
    """The Central Criminal Court in Baghdad on Sunday sentenced [[11 Iraqi men|arrested;a=the
    Supreme Judicial Council]] handed over by the Syrian Democratic Forces for membership of
    Islamic State, [[eight|arrested;a=the Supreme Judicial Council]] of them to death and
    [[three|arrested;a=the Supreme Judicial Council]] to life in prison, the Supreme Judicial
    Council said. The men were among [[about 500 Iraqi detainees|arrested]] transferred from
    Syria in {{2024}}. Prosecutors said they had taken part in the killing of [[hundreds of Iraqi
    soldiers|killed;a=Prosecutors]] near Tikrit and Baiji in {{2014}}. A court spokesman said
    Iraqi courts had tried [[more than 1,900 detainees|arrested;a=A court spokesman]] transferred
    from Syria since {{2019}}. Rights groups say such trials often last {{less than an hour}}.""",
)

item(
    "Without papers, al-Hol returnees are stuck in Jeddah 1",
    """Of the [[roughly 1,700 people|displaced]] now in {{Jeddah 1}}, many have no civil identity
    card, and without one they cannot rent a house, enrol children in school or leave the camp.
    A civil affairs office opened inside the camp in {{2022}} has issued [[4,600
    documents|other;u=other;a=the interior ministry]], the interior ministry said. Lawyers from
    the Norwegian Refugee Council (NRC) have helped [[more than 3,300 returnees|aid]] obtain
    identity cards and birth certificates. [[About 400 children|civilians;a=NRC]] born in Syria
    to fathers who were killed or are missing still have no papers at all, NRC estimates. UNICEF has enrolled [[about 600 children|aid]] in the camp's
    school. [[Some 120 families|displaced;a=camp officials]] cleared to leave the camp are stuck because they
    lack documents, camp officials said.""",
)

item(
    "Killings inside al-Hol push Baghdad to speed up repatriations",
    """[[At least 47 people|killed;a=the Kurdish-led administration;alt=the Autonomous
    Administration of North and East Syria]] were killed inside al-Hol in the {{first six
    months}} of {{2021}}, according to the Kurdish-led administration, the Autonomous
    Administration of North and East Syria. [[Around 20 of the victims|killed]] were Iraqi, many
    of them men accused by Islamic State loyalists of informing. The Syrian Democratic Forces
    launched a security sweep in {{March}}, deploying [[5,000 fighters|combatants]] and arresting
    [[125 suspected IS members|arrested]]. [[Dozens of residents|injured;a=aid workers]] were
    wounded in knife and gun attacks over the same period, aid workers said. Iraq's national
    security adviser said Baghdad would bring back [[500 families a month|returned;p;a=Iraq's
    national security adviser]] once screening capacity at {{Jeddah 1}} is expanded.""",
)

item(
    "From al-Hol to Shirqat: one family's road home",
    """Umm Yousef, who is {{34}}, spent {{four years}} in al-Hol before she was brought back to
    Iraq in {{2022}} with her [[five children|returned]]. Her husband, an Islamic State fighter,
    was killed at Baghouz in {{2019}}. After {{five months}} in {{Jeddah 1}}, the family went home
    to Shirqat, in Salah al-Din, where the district's mayor says [[32 families|returned;a=the
    district's mayor]] from the camp have resettled since {{2022}} and [[six|displaced;
    u=household;a=the district's mayor]] have left again after threats. Islamic State executed [[14 men|killed]] from her
    husband's village in {{2015}}, and tribal elders made her sign a pledge disowning her husband and pay {{IQD 5 million}} to the family of a man he was
    accused of killing. The mayor said [[about 800 houses|housing;a=The mayor]] in Shirqat are
    still in ruins. IOM says it has funded [[about 2,000 small businesses|aid;u=other;a=IOM]] for
    returnees in Nineveh and Salah al-Din; hers is a grocery that takes {{IQD 15,000}} on a good
    day.""",
)

item(
    "Migration minister says Jeddah 1 will close once al-Hol is emptied",
    """Migration Minister Evan Faeq Jabro told the Iraqi News Agency (INA) that [[about 17,000
    Iraqis|displaced;a=Migration Minister Evan Faeq Jabro]] were still in al-Hol and that the
    government planned to bring them all home within {{two years}}. She said [[12,400
    people|returned;a=Migration Minister Evan Faeq Jabro]] had passed through {{Jeddah 1}} since
    {{2021}} and that {{more than 95 percent}} of them had gone back to their areas of origin. The
    ministry will build [[600 housing units|housing;p;a=Migration Minister Evan Faeq Jabro]] in
    Nineveh for returnees whose homes were destroyed, she said. She said convoys of [[up to 200 families|returned;p;a=Migration Minister Evan Faeq
    Jabro]] would leave al-Hol {{every two weeks}}. Jabro also said [[about 26,000
    families|displaced;a=Jabro]] remain in camps in the Kurdistan Region, and that [[some
    5,000|returned;p;u=household;a=Jabro]] would go home this year. The camp will close "the day
    the last Iraqi leaves al-Hol", she said.""",
)

item(
    "Russia flies home children of IS members held in Baghdad",
    """A Russian government plane flew [[27 children|returned;a=Russia's children's rights
    commissioner]] of Islamic State members home from Baghdad on Saturday, Russia's children's
    rights commissioner said, the {{fourth}} such flight this year. The children, {{aged 3 to
    15}}, had been living with their mothers in a Baghdad women's prison. Iraqi courts have
    convicted [[more than 500 foreigners|arrested]] of belonging to Islamic State since {{2018}},
    among them [[42 Turkish women|arrested]] sentenced to life in prison in a single week.
    Iraqi justice officials say [[about 1,100 foreign children|arrested;a=Iraqi justice
    officials]] were held with their mothers at the peak in {{2018}}, when the women's prison also
    held [[some 450 foreign women|arrested;a=Iraqi justice officials]]. Russia has repatriated
    [[about 130 children|returned;a=the commissioner's office]] from Iraq since {{2017}},
    according to the commissioner's office.""",
)

item(
    "Iraqi lawmakers question the pace of returns from Syria",
    """Members of parliament's security and defence committee questioned the national security
    adviser for {{three hours}} on Monday about the programme to bring Iraqis home from al-Hol,
    which began in {{May 2021}}. Lawmakers from Nineveh and Anbar said returnees over the
    {{age of 15}} should face trial under {{Article 4}} of the {{2005}} anti-terrorism law before
    being released. The adviser told them screening at {{Jeddah 1}} takes {{three to six
    months}} and that {{about 2 percent}} of returnees had been referred to the courts. A vote on
    a motion to suspend the programme was postponed to {{March 12}} after {{fewer than half}} of
    the chamber's members turned up.""",
)

item(
    "Explainer: what is al-Hol, and why does Iraq want it closed?",
    """Al-Hol lies about {{13 km}} from the Iraqi border in Syria's Hasakah province and was {{first}}
    set up in {{1991}} for Iraqis fleeing the Gulf War. It swelled in {{early 2019}}, when the
    Syrian Democratic Forces and the US-led coalition took Baghouz, Islamic State's last enclave,
    in {{March}} of that year. Iraqi officials have called it "a ticking time bomb" for {{more
    than six years}}, arguing that children raised there are taught the group's ideology. Iraq
    began repatriating its citizens in {{2021}}, and the UN Security Council, in {{Resolution
    2734}} of {{June 2024}}, urged all states to do the same. The camp's {{Phase 6}} annex, which
    held foreign women, was the scene of repeated killings.""",
)
