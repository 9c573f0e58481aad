"""South Asia: Bangladesh, Sri Lanka and Pakistan (8 items, all with figures)."""

from _wrap import item

item(
    "32 killed as quota protests spread; mobile internet shut down",
    """[[At least 32 people|killed;a=hospital sources]] were killed and [[hundreds|injured;
    a=hospital sources]] injured across the country yesterday as quota reform protesters clashed
    with police, Border Guard Bangladesh and Chhatra League activists, according to hospital
    sources. Of the dead, [[11|killed]] were in Dhaka's Jatrabari and Uttara areas, where
    protesters set fire to toll plazas and [[at least 50 vehicles|other]]. Dhaka Medical College
    Hospital alone received [[214 injured people|injured;a=Inspector Bacchu Mia]] by {{10:00pm}},
    said Inspector Bacchu Mia of the hospital's police outpost. The government suspended mobile
    internet nationwide from {{9:00pm}} on Thursday, cutting off [[some 120 million
    users|civilians]], and ordered all universities and colleges closed indefinitely. BGB deployed
    [[229 platoons|combatants;u=other;a=a spokesman]] in Dhaka and other cities, a spokesman
    said. Home Minister Asaduzzaman Khan said [[12 police boxes|housing;u=structure;a=Home
    Minister Asaduzzaman Khan]] and the Bangladesh Television building in Rampura had been set on
    fire. Students are demanding the reform of a system that reserves {{56 percent}} of
    government jobs for specific groups, including {{30 percent}} for descendants of the
    {{1971}} freedom fighters.""",
)

item(
    "UN says up to 1,400 may have been killed in Bangladesh uprising",
    """GENEVA, {{Feb 12}} (Reuters) - [[As many as 1,400 people|killed;a=the U.N. human rights
    office]] may have been killed in Bangladesh during last year's student-led uprising, most of
    them shot by security forces, the U.N. human rights office said on Wednesday. Children made
    up {{12-13%}} of those killed, the report found, while police said [[44 of their
    officers|killed;a=police]] had died. [[More than 11,700 people|arrested;a=the U.N. human
    rights office]] were arrested and detained between {{July 1}} and {{August 15}}, it said. The
    findings, based on [[more than 230 interviews|other;u=other]] with victims, witnesses and
    officials, point to a "calculated" effort by the former government of Sheikh Hasina to cling
    to power. Bangladesh's health ministry has so far verified [[834 deaths|killed;
    a=Bangladesh's health ministry]] and [[more than 13,000 injuries|injured;a=Bangladesh's
    health ministry]]. Hasina, {{77}}, fled to India on {{August 5}} as crowds marched on her
    residence. Her Awami League party rejected the report as biased.""",
)

item(
    "Police headquarters: 44 policemen killed, 450 stations attacked",
    """[[At least 44 policemen|killed;a=Police headquarters]] were killed and [[more than 450
    police stations|housing;u=structure;a=Police headquarters]] were attacked, vandalised or set
    on fire across the country in the days around Sheikh Hasina's fall, Police headquarters said
    yesterday. According to the force, [[5,829 firearms|other;a=the force;alt=Police
    headquarters]] and [[more than 6 lakh rounds|other;v=600000;a=the force;alt=Police
    headquarters]] of ammunition were looted from stations and barracks, and [[about
    1,400|other;u=other;a=the force;alt=Police headquarters]] of the weapons had been recovered
    by Sunday. Prison officials said [[more than 700 inmates|other;a=Prison officials]] who
    escaped from Sherpur district jail after it was stormed on {{August 5}} were still at large.
    Separately, the Bangladesh Hindu Buddhist Christian Unity Council said it had recorded
    [[2,010 incidents|other;u=other;a=the Bangladesh Hindu Buddhist Christian Unity Council]] of
    attacks on religious minorities between {{August 4}} and {{August 20}}, including damage to
    [[69 temples|housing;u=structure;a=the Bangladesh Hindu Buddhist Christian Unity Council]].
    Near the border at Lalmonirhat, [[hundreds of Hindu families|displaced]] who fled
    their villages gathered in the hope of crossing into India. The interim government has
    disputed the council's figure, saying many of the attacks were
    political rather than communal. Police headquarters has also asked [[some 1,000
    officers|other]] who have not reported for duty since the uprising to
    return to work.""",
)

item(
    "Students injured as road safety protest turns violent in Jigatala",
    """Police fired tear gas and rubber bullets at [[thousands of students|other]] demanding
    safer roads in Dhaka's Jigatala on Saturday, and doctors at Popular Medical College Hospital
    said they had treated [[at least 115 people|injured;a=doctors at Popular Medical College
    Hospital]]. Witnesses said men wearing helmets attacked protesters and photojournalists with
    sticks and machetes; the Dhaka Reporters Unity said [[seven of its members|injured;a=the
    Dhaka Reporters Unity]] were hurt, including an Associated Press photographer. The protests
    began after a speeding bus killed [[two college students|killed]] on {{July 29}}. Mobile
    internet was slowed to {{2G}} speeds across the capital for {{24 hours}}, and police said
    [[22 people|arrested;a=police]] had been arrested for spreading rumours on Facebook, among
    them [[a dozen university students|arrested;a=police]].""",
)

item(
    "Sri Lanka protesters storm president's house as crisis boils over",
    """COLOMBO (AFP) - [[Tens of thousands of protesters|other]] stormed the official residence of
    Sri Lankan President Gotabaya Rajapaksa in Colombo on Saturday, forcing him to flee, as anger
    over the island's worst economic crisis since independence in {{1948}} boiled over. [[At
    least 55 people|injured;a=a hospital official]], including [[three police officers|injured;
    a=a hospital official]], were taken to Colombo National Hospital with injuries, a hospital
    official told AFP. Rajapaksa's whereabouts were not known; a
    government source said he had been taken aboard a navy vessel. Crowds also set fire to the
    private home of Prime Minister Ranil
    Wickremesinghe, who said he would resign once an all-party government was formed. Police had
    lifted an overnight curfew after lawyers and opposition parties threatened to sue, and a
    defence ministry source said [[21,000 troops and police|combatants;n=troops and police;a=a
    defence ministry source]] had been deployed around the capital. The country of [[22
    million|civilians]] has run out of foreign currency to import fuel, food and medicine, and
    schools have been closed for {{two weeks}}. Protesters commandeered buses and trains to reach
    Colombo; inside the palace, some swam in the pool while others cooked in the kitchen. In May,
    [[at least nine people|killed]] died and [[more than 200|injured]] were injured when
    government supporters attacked a protest camp, triggering reprisals in which [[over 70
    homes|housing]] belonging to ruling party politicians were torched. Inflation hit {{54.6%}} in June,
    and the government defaulted on its foreign debt in April. Talks with the International
    Monetary Fund on a bailout have stalled.""",
)

item(
    "One killed as police open fire on fuel protesters in Rambukkana",
    """Police opened fire on protesters blocking a railway line in Rambukkana, {{90km}}
    north-east of Colombo, killing [[one man|killed;a=hospital officials]] and wounding [[at least
    13 others|injured;a=hospital officials]], hospital officials said. Police spokesman Nihal
    Thalduwa said [[11 officers|injured;a=Police spokesman Nihal Thalduwa]] were also injured when
    protesters pelted them with stones and tried to set fire to a fuel bowser. A curfew has been
    declared in the area until further notice, and [[two army platoons|combatants;u=other]] were
    sent from Kegalle. Protesters had been demanding fuel after queuing for more than {{12
    hours}}; [[15 people|arrested;a=police]] were detained, according to police.""",
)

item(
    "Over 3,200 arrested in Punjab after May 9 violence, says IGP",
    """LAHORE: Police in Punjab have arrested [[more than 3,200 people|arrested;a=Inspector General
    of Police Usman Anwar]] in connection with the violent protests that erupted after the arrest
    of PTI chairman Imran Khan, Inspector General of Police Usman Anwar said on Friday. [[At
    least eight people|killed;a=hospital officials]] have died in the unrest across the country,
    according to hospital officials, while the IGP said [[130 policemen|injured;a=the IGP;
    alt=Inspector General of Police Usman Anwar]] had been injured and [[69 vehicles|other;a=the
    IGP;alt=Inspector General of Police Usman Anwar]], including [[14 police vans|other;a=the IGP;
    alt=Inspector General of Police Usman Anwar]], torched in the province. Protesters stormed the
    Lahore Corps Commander's residence, known as Jinnah House, and attacked the gate of the
    General Headquarters in Rawalpindi on Tuesday. The federal government has called in the army
    in Punjab, Khyber Pakhtunkhwa and Islamabad under {{Article 245}} of the Constitution, and
    {{Section 144}} remains in force across Punjab, banning gatherings of {{more than four
    people}}. Mobile data services have been suspended for a {{third day}}, affecting [[some 125
    million broadband users|civilians;a=the Pakistan Telecommunication Authority]], according to
    the Pakistan Telecommunication Authority. In Peshawar, the Radio Pakistan building was set on
    fire, and Lady Reading Hospital received [[27 injured people|injured]]. The PTI says
    [[thousands of its workers|arrested;a=The PTI]] have been arrested in overnight raids, among
    them [[at least 11 party leaders|arrested;a=The PTI]].""",
)

item(
    "Pakistan arrests nearly 1,000 Khan supporters after clearing sit-in",
    """ISLAMABAD (AP) — Pakistani authorities said Wednesday they had arrested [[nearly 1,000
    supporters|arrested;a=Pakistani authorities]] of imprisoned former Prime Minister Imran Khan
    after security forces cleared a sit-in in the capital overnight. Interior Minister Mohsin
    Naqvi said [[four paramilitary Rangers|killed;a=Interior Minister Mohsin Naqvi]] and [[two
    policemen|killed;a=Interior Minister Mohsin Naqvi]] had been killed in attacks by protesters
    since Monday, and that [[more than 100 officers|injured;a=Interior Minister Mohsin Naqvi]]
    were injured. Khan's party said [[at least 12 of its supporters|killed;a=Khan's party]] had
    been shot dead, a figure the government rejected. [[About 20,000 police and
    troops|combatants;n=police and troops]] had been deployed, and shipping containers were used
    to seal the roads into Islamabad, where mobile internet was suspended.""",
)

item(
    "Three killed as police fire on BYC sit-in in Quetta",
    """QUETTA: [[Three people|killed;a=the organisers]] were killed and [[at least 17|injured;a=the
    organisers]] injured when police opened fire on a sit-in by the Baloch Yakjehti Committee
    (BYC) outside the University of Balochistan on Friday, the organisers said, a claim the
    provincial government disputed. Police said [[10 officers|injured;a=Police]] had been
    injured by stone-throwing protesters. BYC leader Mahrang Baloch and [[16 other
    activists|arrested;a=the Quetta police]] were taken into custody early on Saturday under
    {{Section 3}} of the Maintenance of Public Order ordinance, the Quetta police said. The BYC
    says [[more than 100 of its supporters|kidnapped;a=The BYC]] have been picked up by men in
    plain clothes since January, and that the families of [[at least 35|missing;a=The BYC]] of
    them have had no news of their whereabouts. Mobile internet was suspended in Quetta and [[six
    other districts|other]]. The Voice for Baloch Missing Persons, which has camped outside the
    Quetta Press Club for years, says it has registered the cases of [[about 1,600
    people|missing;a=The Voice for Baloch Missing Persons]] who have disappeared since
    {{2009}}.""",
)
