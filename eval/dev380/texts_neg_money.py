"""dev380 negatives: sanctions, asset freezes, arbitration and corporate suits, arms-export and
conscription cases, and the courts after accidents, disasters and the pandemic."""

NEGATIVES = [
    (
        "EU clears first transfer of windfall profits from frozen Russian assets",
        "The European Union on Friday transferred the first €1.5bn of windfall profits earned on frozen Russian central bank assets, to be used mainly to buy weapons and rebuild infrastructure for Ukraine. "
        "Most of the roughly €210bn of Russian central bank reserves immobilised in the EU are held by Euroclear, the Brussels-based securities depository. "
        "The profits come from interest on cash balances that built up as the securities matured and could not be paid out. "
        "Euroclear has warned that any move to confiscate the principal would expose it to lawsuits in Russia, where courts have already frozen its own assets. "
        "Russia's central bank has called the transfer theft and says it will seek compensation through the courts. "
        "EU officials say the arrangement is legally sound because the assets themselves remain frozen, not seized. "
        "Further tranches are expected twice a year.",
        "economy",
    ),
    (
        "Dutch Supreme Court ends Russia's appeal against $50bn Yukos awards",
        "The Dutch Supreme Court on Friday rejected Russia's final appeal against arbitration awards of more than $50bn to former shareholders of the oil company Yukos, closing a legal battle that has run for almost two decades. "
        "An arbitration tribunal in The Hague ruled in 2014 that Russia had used tax claims to bankrupt Yukos and transfer its assets to state-owned companies. "
        "Russia argued that the tribunal had no jurisdiction because it never ratified the Energy Charter Treaty. "
        "With interest, the amount owed now exceeds $60bn, according to the shareholders, who have tried to seize Russian state assets in several countries. "
        "“This is a final and decisive victory,” said Tim Osborne, executive director of GML, the holding company of the former majority shareholders. "
        "Russia's justice ministry said it did not recognise the ruling. "
        "Enforcement proceedings are under way in the United States and the United Kingdom. "
        "A US court in Washington has yet to decide whether Russia can claim sovereign immunity there. "
        "The shareholders include former Yukos executives who left Russia after the company's chief, Mikhail Khodorkovsky, was jailed in 2003.",
        "economy",
    ),
    (
        "London judge throws out $11bn award against Nigeria, citing bribery",
        "A London judge on Monday overturned an $11bn arbitration award against Nigeria, ruling that it was obtained by fraud, in a case that had hung over the country's public finances for years. "
        "The award was won in 2017 by Process & Industrial Developments, a little-known company that signed a deal in 2010 to build a gas processing plant that was never constructed. "
        "Justice Robin Knowles found that P&ID had bribed a Nigerian official involved in the contract and had obtained Nigeria's confidential legal documents during the arbitration. "
        "With interest, the amount had grown to more than $11bn, about a third of Nigeria's foreign reserves. "
        "The judge also criticised Nigeria's own lawyers in the arbitration, saying the case showed serious failings. "
        "P&ID said it was disappointed and considering its options. "
        "Nigeria's attorney general called the judgment a vindication.",
        "economy",
    ),
    (
        "US judge orders Argentina to pay $16bn over YPF nationalisation",
        "A federal judge in New York on Friday ordered Argentina to pay about $16.1bn to former minority shareholders of the oil company YPF, which the government nationalised in 2012. "
        "Judge Loretta Preska found that Argentina had breached YPF's bylaws by failing to make a tender offer to all shareholders when it took a 51% stake from Spain's Repsol. "
        "The case was brought by Burford Capital, a litigation funder that bought the claims of two Spanish companies that went bankrupt. "
        "Argentina, which is in talks with the IMF and has little hard currency, said it would appeal. "
        "Economy minister Sergio Massa called the ruling an attack on the country's sovereignty. "
        "Burford's shares rose more than 20% in New York. "
        "YPF itself was not found liable. "
        "The amount is roughly equal to Argentina's entire budget for social programmes this year, analysts at a Buenos Aires consultancy said. "
        "Burford, which paid about $16m for the claims, stands to receive the largest share of any payment. "
        "Argentina could be required to post a bond to delay enforcement while it appeals, lawyers said. "
        "Repsol itself settled with Argentina in 2014 for $5bn in bonds. "
        "Presidential candidate Javier Milei said the ruling was the price of a populist decision and blamed the previous government.",
        "economy",
    ),
    (
        "Rohingya refugees sue Meta for $150bn over hate speech on Facebook",
        "Rohingya refugees have filed a class action in California seeking $150bn from Meta, accusing Facebook of helping to spread hate speech that fuelled violence against the Muslim minority in Myanmar. "
        "The complaint says the company's algorithms amplified posts that called the Rohingya subhuman and that it failed to remove them despite repeated warnings. "
        "Lawyers in Britain said they were preparing a parallel claim on behalf of refugees living in camps in Bangladesh. "
        "Meta has acknowledged that it was too slow to act in Myanmar and says it has since hired Burmese-speaking reviewers. "
        "Under US law, internet companies are largely shielded from liability for content posted by users, and the lawyers are seeking to apply Burmese law instead. "
        "The company did not immediately comment on the suit. "
        "Legal experts said the case faced a long battle just to reach trial. "
        "UN investigators said in 2018 that Facebook had played a “determining role” in spreading hatred before the military's operations. "
        "The complaint was filed on behalf of an anonymous plaintiff living in Illinois and of any Rohingya who fled Myanmar after June 2012.",
        "economy",
    ),
    (
        "Lafarge pleads guilty in US to paying Islamic State to keep Syrian plant open",
        "The French cement maker Lafarge pleaded guilty in a US federal court on Tuesday to conspiring to provide material support to the Islamic State group and agreed to pay about $778m in penalties. "
        "Prosecutors said the company paid armed groups, including IS and the Nusra Front, about $5.9m in 2013 and 2014 to keep its cement plant in northern Syria running. "
        "It was the first time a company had pleaded guilty in the United States to such a charge. "
        "Lafarge, which merged with Holcim in 2015, said the conduct was a violation of its own code and that no one involved still works for the group. "
        "The company and several former executives also face charges in France, including complicity in crimes against humanity. "
        "Holcim's shares were little changed in Zurich. "
        "A judge in Brooklyn accepted the plea.",
        "economy",
    ),
    (
        "Dutch appeals court finds Shell's Nigerian unit liable for oil spills",
        "A Dutch appeals court on Friday ruled that Shell's Nigerian subsidiary is liable for damage from oil spills in two villages in the Niger Delta and must compensate the farmers who brought the case. "
        "The four farmers, backed by Friends of the Earth Netherlands, sued Shell in The Hague in 2008 over leaks from pipelines that polluted their fields and fish ponds. "
        "Shell had argued that the spills were caused by sabotage, but the court said it had not proved that beyond reasonable doubt. "
        "The court also ordered the parent company to fit a leak detection system on one of the pipelines. "
        "“Finally, there is some justice for the Nigerian people suffering the consequences of Shell's oil,” said one of the plaintiffs, Eric Dooh. "
        "Shell said it was disappointed and that oil theft remains a serious problem in the Delta. "
        "The amount of compensation will be set later.",
        "economy",
    ),
    (
        "Dutch court orders government to halt F-35 parts exports to Israel",
        "A Dutch appeals court on Monday ordered the government to stop exporting parts for F-35 fighter jets to Israel within seven days, ruling that there is a clear risk they could be used in serious violations of international humanitarian law. "
        "The parts are stored at a US-owned warehouse in Woensdrecht and shipped to partner countries, including Israel, under an international programme. "
        "The case was brought by Oxfam Novib, PAX and The Rights Forum, which argued that the government should have reviewed the export licence. "
        "The court said the government had failed to carry out that assessment properly. "
        "The Dutch government said it would appeal to the Supreme Court and that the F-35 programme was important for the country's security. "
        "Israel's embassy said it would not comment on a domestic legal matter. "
        "Other partner countries could still supply the parts, lawyers said.",
        "military",
    ),
    (
        "South Korea's top court orders alternative service for conscientious objectors",
        "South Korea's Constitutional Court ruled on Thursday that the country's conscription law is unconstitutional because it offers no alternative civilian service for conscientious objectors. "
        "The court gave parliament until the end of next year to amend the law, under which all able-bodied men must serve about two years in the military. "
        "Most objectors are Jehovah's Witnesses, and hundreds are jailed every year for refusing to serve, usually for 18 months. "
        "The court upheld the criminal penalties themselves, saying national security demanded them. "
        "The defence ministry said it would prepare a bill for alternative service, possibly in prisons or fire stations, lasting longer than military service. "
        "Veterans' groups said the ruling would be abused by draft dodgers. "
        "Amnesty International called it a major step forward.",
        "military",
    ),
    (
        "Beirut port blast judge resumes probe, charges ten officials",
        "The Lebanese judge investigating the 2020 explosion at Beirut port resumed work on Thursday after a two-year suspension and charged 10 people, including former security chiefs, lawmakers said. "
        "Judge Tarek Bitar's investigation was halted in 2021 by a string of lawsuits from politicians he had summoned, who accused him of bias. "
        "The August 2020 blast, caused by hundreds of tonnes of ammonium nitrate stored at the port for years, killed more than 220 people and destroyed large parts of the city. "
        "No one has been convicted. "
        "Families of the victims, who have held monthly protests outside the Palace of Justice, welcomed the move. "
        "The new government has promised not to obstruct the investigation. "
        "The public prosecutor's office has in the past refused to act on the judge's summonses. "
        "A former prime minister and two former ministers are among those previously charged, all of whom deny wrongdoing. "
        "The judge is expected to issue his indictment by the end of the year.",
        "accident",
    ),
    (
        "Grenfell inquiry blames 'decades of failure' for London tower fire",
        "The public inquiry into the Grenfell Tower fire said on Wednesday that the 72 deaths were the result of decades of failure by government and the construction industry, and that all were avoidable. "
        "The final report found “systematic dishonesty” by the companies that made and sold the cladding and insulation that allowed the fire to spread up the tower in June 2017. "
        "It also criticised the local council, the tenant management organisation and the London Fire Brigade. "
        "Prime Minister Keir Starmer apologised on behalf of the state. "
        "The Metropolitan Police has said it will not decide on criminal charges before late 2026, because of the volume of evidence. "
        "Survivors and bereaved families said the delay was another blow. "
        "Chairman Martin Moore-Bick said the building regulations had been inadequate for years. "
        "The 1,700-page report named Arconic, which made the cladding panels, and the insulation makers Celotex and Kingspan as having manipulated safety tests. "
        "All three companies said they had co-operated with the inquiry and disputed parts of its findings. "
        "The government has promised to ban the companies from public contracts if the findings are confirmed. "
        "Thousands of flats across England still have unsafe cladding, seven years after the fire.",
        "accident",
    ),
    (
        "Italian appeals court clears L'Aquila quake scientists of manslaughter",
        "An appeals court in L'Aquila on Monday acquitted six scientists who had been convicted of manslaughter for failing to give adequate warning before the 2009 earthquake that killed 309 people. "
        "The six, members of a national risk commission, had been sentenced to six years in prison in a case that alarmed scientists around the world. "
        "The court upheld the conviction of a seventh defendant, a civil protection official, but reduced his sentence to two years. "
        "Prosecutors had argued that the commission gave residents false reassurance days before the quake, leading some to stay indoors. "
        "Relatives of the victims shouted “shame” as the verdict was read. "
        "Seismologists said the ruling recognised that earthquakes cannot be predicted. "
        "The prosecution can appeal to the Court of Cassation.",
        "disaster",
    ),
    (
        "Turkish court jails hotel owner over collapse that killed volleyball team",
        "A court in Adıyaman on Friday sentenced the owner of a hotel that collapsed in the February 2023 earthquake to more than 18 years in prison, in one of the highest-profile cases over building failures. "
        "The Isias Hotel collapsed in the quake, killing 72 people, among them members of a school volleyball team from northern Cyprus who were there for a tournament. "
        "Experts told the court that the building had been extended with extra floors and that columns were weakened. "
        "Ten other defendants, including engineers and family members of the owner, received sentences of varying length. "
        "Relatives of the children, some of whom travelled from Cyprus, said the sentences were too light. "
        "The earthquakes killed more than 53,000 people in Turkey. "
        "Hundreds of contractors have been detained in investigations since.",
        "disaster",
    ),
    (
        "WHO members adopt pandemic treaty after three years of talks",
        "Member states of the World Health Organization on Tuesday formally adopted a legally binding agreement on how to prepare for and respond to future pandemics. "
        "The agreement, approved at the World Health Assembly in Geneva, commits countries to share pathogen samples and to allow a share of vaccines and medicines to go to poorer countries during a pandemic. "
        "It was negotiated after the Covid-19 pandemic exposed wide inequalities in access to vaccines. "
        "The details of a pathogen access and benefit-sharing system still have to be worked out before the treaty can open for signature. "
        "The United States, which is leaving the WHO, did not take part in the final negotiations. "
        "Director-General Tedros Adhanom Ghebreyesus called it a victory for public health and multilateral action. "
        "It enters into force after 60 countries have ratified it.",
        "health",
    ),
    (
        "Court throws out case against Conte over Bergamo Covid response",
        "A special court for ministers in Rome on Friday dismissed a case against former prime minister Giuseppe Conte and former health minister Roberto Speranza over the handling of the first wave of Covid-19 in Bergamo. "
        "Prosecutors in Bergamo had investigated whether the failure to seal off two towns in the Seriana valley in early 2020 contributed to thousands of deaths. "
        "The tribunal said there was no evidence of a causal link between the decisions and the deaths. "
        "Bergamo was one of the hardest-hit areas in Europe, and images of army trucks carrying coffins became a symbol of the pandemic. "
        "A relatives' association said it would continue to seek justice through civil lawsuits. "
        "Conte said he had always acted in the interest of the country. "
        "A parliamentary commission of inquiry into the pandemic is still under way.",
        "health",
    ),
]
