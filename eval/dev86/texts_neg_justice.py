"""eval/dev86: Negatives: trials, warrants and verdicts (crime); inquiries, sanctions, compensation and rights reports on past abuses (politics).

(title, text, kind code); none reports a current violent event.
"""

NEGATIVES = [
    (
        "ICC issues arrest warrant for Putin over deportation of Ukrainian children",
        "THE HAGUE (Reuters) - The International Criminal Court on Friday issued an "
        "arrest warrant for Russian President Vladimir Putin, accusing him of the "
        "war crime of unlawfully deporting hundreds of children from occupied areas "
        "of Ukraine. The court also issued a warrant for Maria Lvova-Belova, "
        "Russia's commissioner for children's rights, on the same charges. Judges "
        "said there were reasonable grounds to believe that Putin bore individual "
        "responsibility for the deportations, which Ukraine says have affected more "
        "than 16,000 children since the invasion began in February 2022. The Kremlin "
        'said the decision was "null and void" because Russia does not recognise the '
        "court's jurisdiction. Lvova-Belova has said publicly that Russia took in "
        "children to protect them from the war. The warrant obliges the court's 123 "
        "member states to arrest Putin if he sets foot on their territory, which "
        "could limit his travel. Ukraine's president called it a \"historic "
        "decision\". The court's prosecutor said the children must be returned to "
        "their families.",
        "crime",
    ),
    (
        "UN court upholds Mladic's life sentence for Srebrenica genocide",
        "THE HAGUE (AP) - UN judges on Tuesday rejected an appeal by Ratko Mladic, "
        "the wartime commander of Bosnian Serb forces, and upheld his life sentence "
        "for genocide, crimes against humanity and war crimes. Mladic, 79, sat "
        "expressionless in the courtroom as the presiding judge read out the ruling "
        "that confirmed his responsibility for the 1995 massacre in Srebrenica, "
        "where more than 8,000 Muslim men and boys were killed by his troops in the "
        "days after the enclave fell. The appeals chamber also upheld his "
        "convictions for the siege of Sarajevo and a campaign of terror against "
        "civilians there. It rejected by a majority a prosecution appeal seeking a "
        "further genocide conviction for killings in other Bosnian municipalities in "
        "1992. Mothers of Srebrenica victims watched the hearing on a screen at the "
        'memorial centre in Potocari and wept as the verdict was read. "He will die '
        'in prison, and that is the only justice we will get," said one woman whose '
        "two sons were killed. The ruling closes the last big case from the Balkan "
        "wars at the tribunals in The Hague. Serbia's president said it was \"a sad "
        "day\", while Bosnia's Muslim member of the presidency welcomed it.",
        "crime",
    ),
    (
        "Former Liberian rebel commander jailed for life in Paris over civil war atrocities",
        "PARIS (AFP) - A Paris court on Wednesday sentenced Kunti Kamara, a former "
        "commander of the ULIMO rebel group, to life imprisonment for complicity in "
        "crimes against humanity committed during Liberia's first civil war in the "
        "1990s. The jury found that Kamara, who lived in France from 2016 until his "
        "arrest in 2018, had taken part in the torture and killing of civilians, "
        "forced labour and the rape of two teenage girls in Lofa county in 1993 and "
        "1994. Witnesses who flew from Liberia described villagers being forced to "
        "carry loads at gunpoint and a teacher whose heart was cut out and eaten. "
        "Kamara denied the charges throughout the four-week trial. He was tried "
        "under universal jurisdiction, which allows French courts to prosecute the "
        "gravest crimes wherever they were committed. Liberia has never held its own "
        "trials for the wars of 1989 to 2003, in which an estimated 250,000 people "
        "died, despite a truth commission's recommendation in 2009 that it set up a "
        "war crimes court. Rights groups said the verdict showed survivors could "
        "obtain justice abroad. Kamara's lawyers said he would appeal.",
        "crime",
    ),
    (
        "German court convicts former Syrian colonel of crimes against humanity in "
        "landmark torture trial",
        "KOBLENZ, Germany (Reuters) - A German court on Thursday sentenced a former "
        "Syrian intelligence officer to life in prison for crimes against humanity, "
        "the first conviction anywhere over state-sponsored torture by the "
        "government of Bashar al-Assad. Anwar Raslan, 58, was found guilty of "
        "overseeing the torture of at least 4,000 detainees at the Al-Khatib "
        "detention centre in Damascus, known as Branch 251, in 2011 and 2012, and of "
        "27 killings. Raslan defected in 2012 and came to Germany as an asylum "
        "seeker in 2014, where he was recognised by some of his former prisoners. "
        "The trial, which lasted nearly two years, heard from more than 80 "
        "witnesses, some of whom testified with their faces hidden for fear of "
        "reprisals against relatives in Syria. Prosecutors relied heavily on "
        "photographs smuggled out by a military defector codenamed Caesar that show "
        'thousands of bodies of detainees. "This verdict is for everyone who never '
        'came out," said a Syrian lawyer who was held at the branch. Germany '
        "prosecuted the case under the principle of universal jurisdiction. Raslan "
        "denied personally taking part in torture.",
        "crime",
    ),
    (
        "ICC sentences former LRA commander Dominic Ongwen to 25 years",
        "THE HAGUE (Reuters) - The International Criminal Court on Thursday "
        "sentenced Dominic Ongwen, a former commander of Uganda's Lord's Resistance "
        "Army, to 25 years in prison for war crimes and crimes against humanity, "
        "including murder, rape, sexual slavery and the use of child soldiers. "
        "Ongwen was himself abducted by the LRA as a boy of about nine on his way to "
        "school, and the judges said his experience was a mitigating factor, but "
        'that it did not excuse "the crimes he chose to commit as an adult". He was '
        "convicted in February of 61 counts, including attacks on four camps for "
        "displaced people in northern Uganda in 2003 and 2004 in which scores of "
        "civilians were shot, burned or hacked to death. Prosecutors had sought 20 "
        "years; his lawyers had asked for 10. In Lukodi, one of the camps attacked, "
        "survivors who listened to the hearing on the radio said the sentence was "
        "too light. The LRA's leader, Joseph Kony, remains at large and is the "
        "subject of an ICC warrant issued in 2005. The group's insurgency, which "
        "displaced nearly two million people in northern Uganda, was driven out of "
        "the country in 2006.",
        "crime",
    ),
    (
        "ICC convicts Timbuktu Islamic police chief of war crimes but clears him of "
        "gender persecution",
        "THE HAGUE (AFP) - Judges at the International Criminal Court on Wednesday "
        "convicted Al Hassan Ag Abdoul Aziz, a former chief of the Islamic police in "
        "Timbuktu, of war crimes and crimes against humanity committed when Ansar "
        "Dine and al-Qaeda in the Islamic Maghreb controlled the Malian city in 2012 "
        "and 2013. He was found guilty of torture, mutilation and cruel treatment, "
        "including the flogging of residents accused of breaking the occupiers' "
        "rules and the amputation of a man's hand. But the judges split on charges "
        "of rape and sexual slavery of women who were forced into marriages with "
        "fighters, and acquitted him of gender-based persecution. Al Hassan's "
        "lawyers had argued he was a low-level official carrying out orders. "
        "Timbuktu's residents followed the verdict on the radio. The city was "
        "retaken by French and Malian forces in January 2013, but the jihadist "
        "insurgency that began in the north has since spread across central Mali and "
        "into Burkina Faso and Niger. A sentencing hearing is expected later this "
        "year.",
        "crime",
    ),
    (
        "Judges rule Rwanda genocide suspect Kabuga unfit for trial",
        "THE HAGUE (Reuters) - UN judges ruled on Wednesday that Félicien Kabuga, a "
        "businessman accused of financing the 1994 Rwandan genocide, was not fit to "
        "stand trial because of dementia, and proposed an alternative procedure that "
        "would establish the facts without allowing for a conviction. Kabuga, who is "
        "around 88, was arrested near Paris in 2020 after 26 years on the run. "
        "Prosecutors accuse him of funding and importing machetes for the "
        "Interahamwe militias and of supporting the radio station that broadcast "
        "calls to kill Tutsis. About 800,000 people, mostly Tutsis and moderate "
        "Hutus, were killed in 100 days. The trial, which began last year, had heard "
        "from about 20 prosecution witnesses. Genocide survivors' groups in Kigali "
        'said they were deeply disappointed. "Justice has been waiting for him for '
        'almost 30 years, and now it will not come," said the head of one '
        "association. The tribunal's prosecutor said he would study the ruling. "
        "Kabuga has pleaded not guilty to all charges.",
        "crime",
    ),
    (
        "ICC issues arrest warrants for Netanyahu, Gallant and Hamas commander Deif",
        "THE HAGUE (Reuters) - The International Criminal Court on Thursday issued "
        "arrest warrants for Israeli Prime Minister Benjamin Netanyahu, his former "
        "defence minister Yoav Gallant and Hamas military chief Mohammed Deif, for "
        "alleged war crimes and crimes against humanity in the Gaza conflict. The "
        "court's pre-trial chamber said there were reasonable grounds to believe "
        "that Netanyahu and Gallant bore criminal responsibility for the use of "
        "starvation as a method of warfare and for intentionally directing attacks "
        "against civilians. It said Deif was responsible for the mass killings and "
        "hostage-taking of October 7, 2023. Israel, which is not a member of the "
        "court, rejected the warrants as antisemitic, and Netanyahu's office called "
        'them "absurd and false". Hamas welcomed the decision against the Israeli '
        "leaders without mentioning Deif, whom Israel says it killed in July. The "
        "war in Gaza, now in its second year, has killed more than 44,000 "
        "Palestinians, according to the territory's health ministry, and displaced "
        "most of its 2.3 million people. The warrants mean the two Israeli leaders "
        "risk arrest in the court's 124 member states. Several European governments "
        "said they would respect the court's decisions; the United States rejected "
        "them. Legal experts said the warrants were unlikely to lead to a trial "
        "soon, since the court cannot try suspects in their absence. But they noted "
        "that the court has issued warrants for sitting leaders before, including "
        "Sudan's Omar al-Bashir, who travelled widely for years afterwards, and "
        "Russia's Vladimir Putin. \"What changes is the map of places where he can "
        'safely land," said a professor of international law in Leiden.',
        "crime",
    ),
    (
        "Swedish oil executives go on trial over complicity in Sudan war crimes",
        "STOCKHOLM (Reuters) - Two former executives of Lundin Oil went on trial in "
        "Stockholm on Tuesday charged with complicity in war crimes in what is now "
        "South Sudan, in one of the longest and most expensive cases in Swedish "
        "legal history. Prosecutors say chairman Ian Lundin and former chief "
        "executive Alex Schneiter asked the Sudanese government to secure an "
        "oilfield in Block 5A between 1999 and 2003, knowing that the army and "
        "allied militias would do so by attacking civilians, bombing villages from "
        "the air and burning crops. Thousands of people were killed and many more "
        "driven from the area, according to the prosecution. Both men deny "
        "wrongdoing, and the company, now called Orrön Energy, says it was a force "
        "for peace in the region. The trial is expected to last until 2026 and will "
        "hear from dozens of witnesses, some of whom will travel from South Sudan. "
        "Prosecutors are also seeking to confiscate about 1.4 billion crowns from "
        "the company. Rights groups said the case was a test of whether corporate "
        "executives could be held to account for crimes committed in the course of "
        "business.",
        "crime",
    ),
    (
        "Prosecutors seek 45 years for Kosovo's former president Thaci as war crimes "
        "trial nears end",
        "THE HAGUE (AFP) - Prosecutors at the Kosovo Specialist Chambers asked "
        "judges on Tuesday to sentence former Kosovo president Hashim Thaci to 45 "
        "years in prison, as closing arguments began in his trial for war crimes and "
        "crimes against humanity. Thaci and three other former commanders of the "
        "Kosovo Liberation Army are accused of the murder, torture and persecution "
        "of ethnic Serbs, Roma and Kosovo Albanians suspected of collaborating with "
        "Serbia, in a network of detention sites in Kosovo and northern Albania in "
        "1998 and 1999. The four men deny the charges. Thaci, who resigned as "
        "president in 2020 when the indictment was confirmed, told the court the "
        'case was "an attempt to rewrite history". The court, which sits in The '
        "Hague but is part of Kosovo's legal system, was set up under pressure from "
        "Western allies after a Council of Europe report in 2011. Many Kosovo "
        "Albanians regard the KLA's commanders as heroes of a war that ended Serbian "
        "rule, and thousands have rallied in Pristina in support of the defendants. "
        "A verdict is expected next year.",
        "crime",
    ),
    (
        "UK inquiry hears special forces officers raised alarm over Afghan night-raid killings",
        "LONDON (Reuters) - Senior British special forces officers were aware as "
        "early as 2011 of suspicions that soldiers were killing unarmed Afghan men "
        "during night raids and planting weapons on their bodies, a public inquiry "
        "in London heard on Monday. The independent inquiry, led by a senior judge, "
        "is examining whether an SAS unit carried out dozens of extrajudicial "
        "killings in Helmand province between 2010 and 2013, and whether the "
        "military covered them up. Counsel for the inquiry read out emails in which "
        'officers described the number of men killed in raids as "not credible" and '
        "compared accounts of different raids that were almost identical. Lawyers "
        "for Afghan families whose relatives were killed said the evidence showed a "
        'cover-up "at the highest levels". The Ministry of Defence said it was '
        "cooperating fully. Much of the evidence is being heard in closed sessions "
        "for national security reasons. Britain withdrew its last combat troops from "
        "Afghanistan in 2014, and the Taliban returned to power in 2021.",
        "politics",
    ),
    (
        "UK government moves to repeal Troubles amnesty law",
        "The UK government has laid an order to repeal the parts of the Northern "
        "Ireland Troubles legacy act that granted conditional immunity from "
        "prosecution and halted civil cases and inquests into killings during the "
        "conflict. The act, passed in 2023 by the previous Conservative government, "
        "was opposed by every major party in Northern Ireland, the Irish government "
        "and most victims' groups, and the High Court in Belfast found parts of it "
        "incompatible with human rights law. Northern Ireland Secretary Hilary Benn "
        "said a new framework would restore inquests and strengthen the commission "
        "set up to investigate unresolved deaths. More than 3,500 people were killed "
        "during three decades of violence that largely ended with the Good Friday "
        "Agreement of 1998, and about 1,000 of those killings remain unsolved. "
        "Veterans' groups warned that former soldiers would again face what they "
        'call "vexatious" prosecutions. The Irish government said it would consider '
        "dropping its interstate case against the UK at the European Court of Human "
        "Rights.",
        "politics",
    ),
    (
        "The Netherlands extends compensation for children of Indonesians executed "
        "in independence war",
        "THE HAGUE (Reuters) - The Dutch government said on Friday it would extend a "
        "compensation scheme for the children of Indonesian men executed by Dutch "
        "forces during Indonesia's war of independence, after a court ruled that the "
        "state could not rely on the statute of limitations to deny claims. Under "
        "the scheme, children who can show that their father was summarily executed "
        "or died in detention between 1945 and 1949 will receive 5,000 euros. A "
        "government-commissioned study concluded in 2022 that Dutch troops used "
        '"extreme violence" systematically during the war, including torture and the '
        "burning of villages, with the tacit approval of political and military "
        "leaders. The prime minister apologised at the time. Lawyers for the "
        "families said the amount was too small and the burden of proof, decades "
        "later, too heavy. Only about 80 people have received payments so far. "
        "Indonesia, which declared independence in 1945, was recognised by the "
        "Netherlands in 1949 after four years of war.",
        "politics",
    ),
    (
        "US determines RSF committed genocide in Sudan and sanctions its leader",
        "WASHINGTON (Reuters) - The United States on Tuesday determined that members "
        "of Sudan's Rapid Support Forces and allied militias have committed "
        "genocide, and imposed sanctions on the paramilitary group's leader, Mohamed "
        "Hamdan Dagalo. Secretary of State Antony Blinken said the RSF had "
        "systematically murdered men and boys, including infants, on an ethnic basis "
        "and deliberately targeted women and girls for rape and other sexual "
        "violence. The determination cites in particular the group's campaigns "
        "against the Masalit and other non-Arab communities in West Darfur in 2023. "
        "The Treasury also sanctioned seven companies in the United Arab Emirates "
        "that it said had supplied the RSF with weapons and money. The RSF called "
        "the decision unjust. Sudan's war between the army and the RSF, which began "
        "in April 2023, has killed tens of thousands of people, displaced more than "
        "12 million and pushed parts of the country into famine. Washington has "
        "previously determined that both sides committed war crimes. The decision "
        "came two weeks before the end of President Joe Biden's term.",
        "politics",
    ),
    (
        "Rights group says Tigray war crimes go unpunished a year after peace deal",
        "NAIROBI (AFP) - A year after the peace agreement that ended the war in "
        "Ethiopia's Tigray region, none of the soldiers or officials responsible for "
        "massacres, mass rape and the starvation of civilians has been brought to "
        "justice, Human Rights Watch said in a report published on Thursday. The "
        "group said the government's transitional justice process, launched after "
        "the Pretoria deal of November 2022, lacked independence and that the "
        "federal government had lobbied successfully to end the mandate of a UN "
        "commission of investigation. The report revisits killings in Axum, Mai "
        "Kadra and other towns in 2020 and 2021 and the expulsion of Tigrayans from "
        "Western Tigray. Researchers estimate that the two-year war killed hundreds "
        "of thousands of people, many from hunger and lack of medical care. "
        "Ethiopia's justice ministry said the country was able to hold perpetrators "
        'to account through its own courts. "Victims are being asked to forget so '
        "that politics can move on,\" HRW's Horn of Africa director said. About one "
        "million people displaced from Western Tigray have not yet been able to go "
        "home.",
        "politics",
    ),
    (
        "UN panel says arms embargo on Libya remains 'totally ineffective'",
        "UNITED NATIONS (Reuters) - The UN's arms embargo on Libya remains \"totally "
        'ineffective", a panel of experts said in a report to the Security Council '
        "made public on Wednesday, documenting shipments of drones, armoured "
        "vehicles and ammunition to both of the country's rival administrations over "
        "the past year. The panel said foreign fighters and mercenaries, including "
        "Syrians, Sudanese and Russians linked to the former Wagner Group, were "
        "still present in large numbers, in breach of the 2020 ceasefire agreement "
        "that ended the fighting over Tripoli. It also named several cargo flights "
        "that it said had carried military equipment from the United Arab Emirates "
        "and Turkey, both of which have denied violating the embargo. Libya has been "
        "divided between governments in the east and west since 2014. Front lines "
        "have barely moved since the ceasefire, but the panel warned that the "
        "build-up of weapons made a return to war more likely. The Security Council "
        "is due to discuss renewing the panel's mandate next month.",
        "politics",
    ),
    (
        "Israeli military's own investigations admit 'complete failure' on October 7",
        "TEL AVIV (Reuters) - Israel's military published the findings of its "
        "internal investigations into the October 7, 2023 attack on Thursday, "
        'acknowledging a "complete failure" to protect civilians and saying '
        "commanders had wrongly assumed that Hamas was deterred and interested only "
        "in managing Gaza. The probes found that intelligence officers had obtained "
        "Hamas's battle plan more than a year before the attack but dismissed it as "
        "aspirational, and that on the night itself warning signs were not passed up "
        "the chain of command. Thousands of Hamas fighters overran the border "
        "defences in the first hours, and soldiers at some bases were outnumbered by "
        "as many as ten to one. The chief of staff, Herzi Halevi, who has announced "
        "his resignation, said he took responsibility. Families of the victims said "
        "the military could not investigate itself and repeated their demand for a "
        "state commission of inquiry, which Prime Minister Benjamin Netanyahu's "
        "government has refused to set up until the war ends. About 1,200 people "
        "were killed in the attack and 251 taken hostage.",
        "politics",
    ),
    (
        "UN rights council renews mandate to gather evidence of Sri Lanka war crimes",
        "GENEVA (Reuters) - The UN Human Rights Council voted on Thursday to extend "
        "the mandate of a team collecting evidence of alleged war crimes committed "
        "during Sri Lanka's civil war, over the objections of the government in "
        "Colombo. The resolution, put forward by Britain, Canada and other "
        "countries, was adopted with 20 votes in favour, seven against and 20 "
        "abstentions. It also expresses concern over the country's economic crisis "
        "and calls for accountability for corruption. Sri Lanka's foreign minister "
        'said the resolution was "divisive" and that the country would not accept '
        "any external investigation. A UN panel found in 2011 that as many as 40,000 "
        "civilians may have been killed in the final months of the war against the "
        "Tamil Tigers in 2009, most of them by army shelling of areas the government "
        "had declared no-fire zones. Both sides were accused of atrocities. Tamil "
        "diaspora groups welcomed the vote but said the world had waited too long.",
        "politics",
    ),
]
